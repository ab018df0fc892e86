/** The journal: what VerifPacte found and wrote, in a very hidden sheet trusted by the document settings; « Annuler » restores exactly. */
import { Workbook } from "../../src/core/grid/model";
import { JOURNAL_SHEET } from "../../src/excel";
import { IDENTITY_KEY } from "../../src/excel/identity";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { EURO_FORMAT, fillSheet } from "../helpers/sheet";
import { finding, reopen, serviceOver, userDifferences } from "./helpers";

const FILE = "Journal.xlsx";

function workbook(excelApi = "1.18"): FakeWorkbook {
  const wb = new Workbook(FILE);
  fillSheet(
    wb.addSheet("S"),
    [
      ["Action", "Montant", "Total", "Commentaire"],
      ["A", { v: "1\u00a0000\u00a0€", fmt: EURO_FORMAT }, { f: "=B2*2", v: 2000 }, null],
      ["B", { error: "#REF!" }, { v: 5, fmt: "0.0" }, true],
    ],
    { notes: { A3: "Note d'origine" } },
  );
  return fakeFromCore(wb, { excelApi });
}

const plan = () => [
  finding(FILE, "S", "B2", { kind: "value", sheet: "S", cell: "B2", value: 1000 }),
  finding(FILE, "S", "B3", { kind: "formula", sheet: "S", cell: "B3", formula: "=B2/2" }),
  finding(FILE, "S", "C3", { kind: "value", sheet: "S", cell: "C3", value: "texte" }),
  finding(FILE, "S", "D2", { kind: "value", sheet: "S", cell: "D2", value: 0 }),
  finding(FILE, "S", "A3", { kind: "comment", sheet: "S", cell: "A3", text: "À vérifier." }),
  finding(FILE, "S", "A2", { kind: "comment", sheet: "S", cell: "A2", text: "Nouvelle note." }),
];

const row = (fake: FakeWorkbook, r: number) =>
  Array.from({ length: 15 }, (_, c) => fake.sheet(JOURNAL_SHEET)?.cell(r, c)?.value ?? "");

describe("journal", () => {
  it("garde, dans une feuille très masquée reconnue par les paramètres du document, ce qui était là et ce qui a été écrit", async () => {
    const fake = workbook();
    const service = serviceOver(fake);
    expect(await service.hasJournal()).toBe(false);
    await service.apply(plan());
    const journal = fake.sheet(JOURNAL_SHEET);
    expect(journal?.visibility).toBe("VeryHidden");
    expect(await service.hasJournal()).toBe(true);
    const identity = JSON.parse(fake.settings.get(IDENTITY_KEY) as string);
    expect(identity).toEqual({
      journal: expect.stringMatching(/^[0-9a-f]{12}$/),
      journalSheet: journal?.id,
      controlesSheet: fake.sheet("Contrôles VerifPacte")?.id,
    });
    expect(row(fake, 0).slice(0, 2)).toEqual(["Journal des corrections VerifPacte", identity.journal]);
    expect(row(fake, 1).slice(0, 8)).toEqual([
      "Lot",
      "Date",
      "Nature",
      "Id feuille",
      "Feuille",
      "Cellule",
      "Repère",
      "Type trouvé",
    ]);
    const sheetId = fake.sheet("S")?.id;
    expect(row(fake, 2).slice(1)).toEqual([
      "05/03/2026 14:32",
      "cellule",
      sheetId,
      "S",
      "B2",
      `VerifPacte_${identity.journal}_2`,
      "texte",
      "1\u00a0000\u00a0€",
      EURO_FORMAT,
      "nombre",
      "1000",
      "",
      "",
      "essai|Journal.xlsx|S|B2",
    ]);
    expect(row(fake, 3).slice(7, 12)).toEqual(["erreur", "#REF!", "General", "formule", "=B2/2"]);
    expect(row(fake, 6).slice(2, 14)).toEqual([
      "note",
      sheetId,
      "S",
      "A3",
      `VerifPacte_${identity.journal}_6`,
      "note",
      "Note d'origine",
      "",
      "vide",
      "",
      "",
      "\n[Contrôle 05/03/2026] À vérifier.",
    ]);
    expect(row(fake, 8).slice(2, 5)).toEqual(["feuille", fake.sheet("Contrôles VerifPacte")?.id, "Contrôles VerifPacte"]);
    // Each journaled cell has its hidden repère.
    expect(fake.names.map((n) => [n.name, n.visible, n.range?.r1])).toContainEqual([
      `VerifPacte_${identity.journal}_2`,
      false,
      1,
    ]);
    expect(fake.names).toHaveLength(6);
  });

  it("annule exactement, même après fermeture et réouverture ; vide le journal sans supprimer sa feuille, retire ses repères et la feuille Contrôles qu'il a créée", async () => {
    const fake = workbook();
    const original = reopen(fake);
    await serviceOver(fake).apply(plan());
    expect(userDifferences(fake, original).length).toBeGreaterThan(4);
    const reopened = reopen(fake);
    const service = serviceOver(reopened);
    const undo = await service.undo();
    expect(undo).toEqual({
      restored: 4,
      message:
        "Corrections annulées : 4 cellules restaurées, 2 commentaires retirés. Feuille « Contrôles VerifPacte » supprimée.",
      complete: true,
    });
    expect(userDifferences(reopened, original)).toEqual([]);
    expect(reopened.sheets.map((s) => s.name)).toEqual(["S", JOURNAL_SHEET]);
    expect([reopened.names, reopened.sheet(JOURNAL_SHEET)?.usedRange(true)]).toEqual([[], null]);
    expect(await service.hasJournal()).toBe(false);
    expect((await service.undo()).message).toBe("Aucune correction VerifPacte à annuler.");
    // The emptied journal is still VerifPacte's: the next corrections go into it.
    await service.apply(plan().slice(0, 1));
    expect(await service.hasJournal()).toBe(true);
    expect((await service.undo()).restored).toBe(1);
  });

  it("après deux corrections successives d'une même cellule, revient au contenu d'avant la première", async () => {
    const fake = workbook();
    const original = reopen(fake);
    const service = serviceOver(fake);
    await service.apply([finding(FILE, "S", "B2", { kind: "value", sheet: "S", cell: "B2", value: 1 })]);
    await service.apply([finding(FILE, "S", "B2", { kind: "value", sheet: "S", cell: "B2", value: 2 })]);
    expect(fake.sheet("S")?.cell(1, 1)?.value).toBe(2);
    await service.undo();
    expect(userDifferences(fake, original)).toEqual([]);
  });

  it("retire les commentaires à fil qu'il a ajoutés (ExcelApi 1.10)", async () => {
    const fake = workbook("1.17");
    const original = reopen(fake);
    const service = serviceOver(fake);
    await service.apply([finding(FILE, "S", "B2", { kind: "comment", sheet: "S", cell: "B2", text: "Fil." })]);
    expect(fake.threads).toHaveLength(1);
    await service.undo();
    expect(fake.threads).toEqual([]);
    expect(userDifferences(fake, original)).toEqual([]);
  });

  it("refuse d'annuler sur une feuille protégée, sans rien modifier", async () => {
    const fake = workbook();
    const service = serviceOver(fake);
    await service.apply(plan());
    const applied = reopen(fake);
    (fake.sheet("S") as { protection: { protected: boolean } }).protection.protected = true;
    const undo = await service.undo();
    expect(undo).toEqual({
      restored: 0,
      message:
        "La feuille « S » est protégée : ôtez la protection (onglet Révision), puis recommencez. Aucune modification n'a été faite.",
      complete: false,
    });
    expect(userDifferences(fake, applied)).toEqual([]);
    expect(await service.hasJournal()).toBe(true);
  });
});
