/** The journal: every change kept in a very hidden sheet; « Annuler » restores exactly, even after reopening. */
import { Workbook } from "../../src/core/grid/model";
import { JOURNAL_SHEET } from "../../src/excel";
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

describe("journal et annulation", () => {
  it("journalise chaque changement dans une feuille très masquée", async () => {
    const fake = workbook();
    const service = serviceOver(fake);
    expect(await service.hasJournal()).toBe(false);
    await service.apply(plan());
    const journal = fake.sheet(JOURNAL_SHEET);
    expect(journal?.visibility).toBe("VeryHidden");
    expect(await service.hasJournal()).toBe(true);
    const row = (r: number) => Array.from({ length: 10 }, (_, c) => journal?.cell(r, c)?.value ?? "");
    expect(row(0)).toEqual(["Lot", "Date", "Nature", "Feuille", "Cellule", "Ancien type", "Ancienne valeur", "Ancien format", "Nouveau contenu", "Constats"]);
    expect(row(1).slice(1)).toEqual(["05/03/2026 14:32", "cellule", "S", "B2", "texte", "1\u00a0000\u00a0€", EURO_FORMAT, "1\u00a0000", "essai|Journal.xlsx|S|B2"]);
    expect(row(2).slice(2, 8)).toEqual(["cellule", "S", "B3", "erreur", "#REF!", "General"]);
    expect(row(5).slice(2, 7)).toEqual(["note", "S", "A3", "note", "Note d'origine"]);
    expect(row(6).slice(2, 7)).toEqual(["note", "S", "A2", "absente", ""]);
  });

  it("annule exactement, même après fermeture et réouverture, puis vide le journal sans supprimer sa feuille", async () => {
    const fake = workbook();
    const original = reopen(fake);
    await serviceOver(fake).apply(plan());
    expect(userDifferences(fake, original).length).toBeGreaterThan(4);
    const reopened = reopen(fake);
    const service = serviceOver(reopened);
    reopened.resetStats();
    const undo = await service.undo();
    expect(reopened.stats.syncs).toBe(4);
    expect(undo).toEqual({ restored: 4, message: "Corrections annulées : 4 cellules restaurées, 2 commentaires retirés." });
    expect(userDifferences(reopened, original)).toEqual([]);
    expect(reopened.sheet(JOURNAL_SHEET)).toBeDefined();
    expect(await service.hasJournal()).toBe(false);
    expect((await service.undo()).message).toBe("Aucune correction VerifPacte à annuler.");
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
      message: "La feuille « S » est protégée : ôtez la protection (onglet Révision), puis recommencez. Aucune modification n'a été faite.",
    });
    expect(userDifferences(fake, applied)).toEqual([]);
    expect(await service.hasJournal()).toBe(true);
  });
});
