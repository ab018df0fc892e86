/** Commentaires: in the comment column, else a note (ExcelApi 1.18), else a threaded comment (1.10), else only in the report. */
import { Workbook } from "../../src/core/grid/model";
import { JOURNAL_SHEET } from "../../src/excel";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { fillSheet } from "../helpers/sheet";
import { exampleFake, finding, serviceOver } from "./helpers";

const PREFIX = "[Contrôle 05/03/2026]";
const EXAMPLE_SHEET = "CALPAE exécution 2022";

async function soldeFinding(fake: FakeWorkbook) {
  const analysis = await serviceOver(fake).analyze();
  const found = analysis.findings.find((f) => f.ruleId === "solde-non-justifie" && f.sheet === EXAMPLE_SHEET);
  if (!found) throw new Error("constat solde-non-justifie absent de l'exemple");
  return found;
}

function small(excelApi: string): FakeWorkbook {
  const wb = new Workbook("Petit.xlsx");
  fillSheet(
    wb.addSheet("S"),
    [
      ["a", 1],
      ["b", 2],
    ],
    { notes: { B1: "Note de l'utilisateur" } },
  );
  return fakeFromCore(wb, { excelApi });
}

const about = (cell: string) =>
  finding("Petit.xlsx", "S", cell, { kind: "comment", sheet: "S", cell, text: `Merci de justifier ${cell}.` });

describe("commentaires", () => {
  it("s'ajoutent à la colonne Commentaire du tableau, après le texte déjà présent", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const solde = await soldeFinding(fake);
    if (solde.fix?.kind !== "comment") throw new Error("correction de type commentaire attendue");
    const sheet = fake.sheet(EXAMPLE_SHEET);
    const target = solde.fix.cell;
    sheet?.setCell(7, 14, { value: "Texte de l'utilisateur" });
    const service = serviceOver(fake);
    const result = await service.apply([solde]);
    expect([target, result.comments, result.commentMode]).toEqual(["O8", 1, "column"]);
    expect(sheet?.cell(7, 14)?.value).toBe(`Texte de l'utilisateur\n${PREFIX} K8 : ${solde.fix.text}`);
  });

  it("deviennent une note quand la cellule de la colonne Commentaire contient une formule", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const solde = await soldeFinding(fake);
    fake.sheet(EXAMPLE_SHEET)?.setCell(7, 14, { value: "calculé", formula: '="calculé"' });
    const result = await serviceOver(fake).apply([solde]);
    expect(result.commentMode).toBe("note");
    expect(fake.sheet(EXAMPLE_SHEET)?.notes.get("K8")).toMatch(/^\[Contrôle 05\/03\/2026\] K8 : Solde non consommé/);
    expect(fake.sheet(EXAMPLE_SHEET)?.cell(7, 14)?.formula).toBe('="calculé"');
  });

  it("en note (ExcelApi 1.18), ajoutée à la note existante", async () => {
    const fake = small("1.18");
    const result = await serviceOver(fake).apply([about("B1"), about("B2")]);
    expect([result.comments, result.commentMode]).toEqual([2, "note"]);
    expect(fake.sheet("S")?.notes.get("B1")).toBe(`Note de l'utilisateur\n${PREFIX} Merci de justifier B1.`);
    expect(fake.sheet("S")?.notes.get("B2")).toBe(`${PREFIX} Merci de justifier B2.`);
  });

  it("en commentaire à fil sans notes (ExcelApi 1.10), sauf sur une cellule qui a déjà un fil", async () => {
    const fake = small("1.17");
    const sheet = fake.sheet("S");
    if (!sheet) throw new Error("feuille absente");
    sheet.notes.clear();
    fake.threads.push({ id: "fil", sheet, row: 0, col: 1, content: "Fil de l'utilisateur" });
    const result = await serviceOver(fake).apply([about("B1"), about("B2")]);
    expect([result.comments, result.commentMode]).toEqual([1, "mixed"]);
    expect(fake.threads.map((t) => [t.row, t.col, t.content])).toEqual([
      [0, 1, "Fil de l'utilisateur"],
      [1, 1, `${PREFIX} Merci de justifier B2.`],
    ]);
  });

  it("seulement dans la feuille Contrôles sans notes ni commentaires (Excel 2016)", async () => {
    const fake = small("1.9");
    const result = await serviceOver(fake).apply([about("B2")]);
    expect([result.comments, result.commentMode, result.blocked]).toEqual([0, "report", null]);
    expect(fake.sheet(JOURNAL_SHEET)).toBeUndefined();
    expect(fake.threads).toEqual([]);
  });

  it("bloquées sur une feuille protégée qui interdit de modifier les objets", async () => {
    const fake = small("1.18");
    (fake.sheet("S") as { protection: { protected: boolean } }).protection.protected = true;
    const result = await serviceOver(fake).apply([about("B2")]);
    expect(result.blocked).toMatch(/^La feuille « S » est protégée : les notes et commentaires ne peuvent pas y être ajoutés\./);
    expect(fake.sheet("S")?.notes.has("B2")).toBe(false);
  });

  it("aperçu : ancien texte → nouveau texte", async () => {
    const fake = small("1.18");
    const preview = await serviceOver(fake).preview([about("B1")]);
    expect(preview.items).toEqual([
      {
        sheet: "S",
        cell: "B1",
        kind: "note",
        before: "Note de l'utilisateur",
        after: `Note de l'utilisateur\n${PREFIX} Merci de justifier B1.`,
        findings: ["essai|Petit.xlsx|S|B1"],
      },
    ]);
  });
});
