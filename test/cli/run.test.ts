import { mkdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { JsonReport } from "../../src/core";
import { run } from "../../src/cli/run";
import { captureIo, EURO, makeTmpDir, readCore, saveXlsx, snapshot } from "./helpers";
import { workbookOf } from "../xlsx/fixtures/bombs";
import { MAIN } from "../xlsx/fixtures/package";

jest.setTimeout(60_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

const HEADER = [
  "Axes de la contractualisation",
  "Fiche action N°",
  "Intitulé de l'action",
  "A Participation État notifiée pour la convention 2024",
  "B Crédits CD affectés pour la convention 2024",
  "C Participation d'autres financeurs le cas échéant",
  "F Budget global de l'action prévu en 2024 (A+B+C)",
];

/** A small F1 table (SPEC §3); `wrongTotal` types 999 instead of the budget of action 2. */
function f1(wb: ExcelJS.Workbook, wrongTotal: boolean): void {
  const ws = wb.addWorksheet("Tableau financier");
  ws.addRow(["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"]);
  ws.addRow(["Prévisionnel Année 2024"]);
  ws.addRow(HEADER);
  const axe = "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance";
  ws.addRow([axe, "1.", "Soutien à la parentalité", 67500, 67500, 0, { formula: "D4+E4+F4", result: 135000 }]);
  const g5 = wrongTotal ? 999 : { formula: "D5+E5+F5", result: 180000 };
  ws.addRow(["", "2.", "Soutien psychologique", 90000, 90000, 0, g5]);
  const total = wrongTotal ? 135999 : 315000;
  const sums = ["D", "E", "F", "G"].map((c, i) => ({ formula: `SUM(${c}4:${c}5)`, result: [157500, 157500, 0, total][i] }));
  ws.addRow(["", "Sous total", "", ...sums]);
  ws.addRow(["TOTAUX FINANCIERS", "", "", ...["D", "E", "F", "G"].map((c, i) => ({ formula: `${c}6`, result: sums[i].result }))]);
  for (let r = 4; r <= 7; r++) for (const c of ["D", "E", "F", "G"]) ws.getCell(`${c}${r}`).numFmt = EURO;
}

/** The F1 table with its sous-total typed by hand: the fix is a SUM formula. */
function typedSubtotal(wb: ExcelJS.Workbook): void {
  f1(wb, false);
  const ws = wb.getWorksheet("Tableau financier")!;
  ws.getCell("G6").value = 315000;
}

function jsonOf(text: string): JsonReport {
  return JSON.parse(text) as JsonReport;
}

describe("run", () => {
  let valid: string;
  let wrong: string;
  beforeAll(async () => {
    valid = await saveXlsx(tmp.dir, "juste.xlsx", (wb) => f1(wb, false));
    wrong = await saveXlsx(tmp.dir, "faux.xlsx", (wb) => f1(wb, true));
  });

  it("prints the French usage with --aide and the version with --version", async () => {
    const help = captureIo(tmp.dir);
    expect(await run(["--aide"], help.io)).toBe(0);
    expect(help.out()).toMatch(/^Usage : verifpacte \[options\] <fichier\.xlsx \| dossier>\.\.\./);
    const version = captureIo(tmp.dir);
    expect(await run(["--version"], version.io)).toBe(0);
    expect(version.out()).toMatch(/^verifpacte \d+\.\d+\.\d+\n$/);
  });

  it("écrit les formules du rapport texte comme Excel en français, en anglais avec --formules en ; le JSON reste en anglais", async () => {
    await saveXlsx(tmp.dir, "sous-total-saisi.xlsx", typedSubtotal);
    const french = captureIo(tmp.dir);
    await run(["sous-total-saisi.xlsx"], french.io);
    expect(french.out()).toContain("=SOMME(G4:G5)");
    expect(french.out()).not.toContain("=SUM(");
    const english = captureIo(tmp.dir);
    await run(["--formules", "en", "sous-total-saisi.xlsx"], english.io);
    expect(english.out()).toContain("=SUM(G4:G5)");
    expect(english.out()).not.toContain("=SOMME(");
    const json = captureIo(tmp.dir);
    await run(["--format", "json", "sous-total-saisi.xlsx"], json.io);
    const fixes = jsonOf(json.out()).files[0].findings.map((f) => f.fix);
    expect(fixes).toContainEqual(expect.objectContaining({ cell: "G6", formula: "=SUM(G4:G5)" }));
    expect(json.out()).not.toContain("SOMME");
  });

  it("refuses an unknown flag with the usage and code 2", async () => {
    const io = captureIo(tmp.dir);
    expect(await run(["--vite", "juste.xlsx"], io.io)).toBe(2);
    expect(io.err()).toMatch(/^verifpacte : option inconnue : --vite\n\nUsage : verifpacte/);
    expect(io.out()).toBe("");
  });

  it("prints a JSON report of a correct workbook and exits with 0", async () => {
    const io = captureIo(tmp.dir);
    expect(await run(["--format", "json", "juste.xlsx"], io.io)).toBe(0);
    const report = jsonOf(io.out());
    expect(report.version).toBe(2);
    expect(report.files).toHaveLength(1);
    const [file] = report.files;
    expect(file.file).toBe("juste.xlsx");
    expect(file.errors).toEqual([]);
    expect(file.tables.map((t) => [t.sheet, t.family, t.year])).toEqual([["Tableau financier", "F1", 2024]]);
    expect(file.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(io.err()).toBe("");
  });

  it("exits with 1 when a finding is an error, and prints SARIF and text reports", async () => {
    const json = captureIo(tmp.dir);
    expect(await run(["--format=json", "faux.xlsx"], json.io)).toBe(1);
    const errors = jsonOf(json.out()).files[0].findings.filter((f) => f.severity === "error");
    expect(errors.map((f) => f.cell)).toContain("G5");
    const sarif = captureIo(tmp.dir);
    expect(await run(["--format", "sarif", "faux.xlsx"], sarif.io)).toBe(1);
    expect(JSON.parse(sarif.out()).version).toBe("2.1.0");
    const text = captureIo(tmp.dir);
    expect(await run(["faux.xlsx"], text.io)).toBe(1);
    expect(text.out()).toMatch(/^Classeur « faux\.xlsx »/);
    expect(text.out()).not.toContain("\x1b[");
    const colour = captureIo(tmp.dir);
    await run(["--couleur", "faux.xlsx"], colour.io);
    expect(colour.out()).toContain("\x1b[31merreur\x1b[0m");
  });

  it("--notifie : sans année sur des tableaux de plusieurs années, code 2 et la demande de l'année ; avec l'année, chaque tableau au sien", async () => {
    const examples = join(__dirname, "..", "..", "examples");
    for (const name of ["prevision-2024-alpes-maritimes.xlsx", "recapitulatif-2025.xlsx"]) {
      writeFileSync(join(tmp.dir, name), readFileSync(join(examples, name)));
    }
    const files = ["prevision-2024-alpes-maritimes.xlsx", "recapitulatif-2025.xlsx"];
    const plain = captureIo(tmp.dir);
    expect(await run(["--notifie", "737 250 €", ...files], plain.io)).toBe(2);
    expect(plain.out()).toBe("");
    expect(plain.err()).toMatch(
      /^verifpacte : --notifie 737\u00a0250,00\u00a0€ est donné sans année alors que les tableaux contrôlés portent sur 2024 et 2025 : précisez l'année de chaque montant notifié, par exemple --notifie 2024=737250\.\n/,
    );
    const dated = captureIo(tmp.dir);
    await run(["--format", "json", "--notifie", "2024=737250", "--notifie", "2025=1 012 484 €", ...files], dated.io);
    const notified = jsonOf(dated.out()).files.flatMap((f) => f.findings.filter((x) => x.ruleId === "montant-notifie"));
    expect(notified.map((f) => f.message)).toEqual([expect.stringMatching(/pour 2025 .* 1\u00a0012\u00a0484,00\u00a0€/)]);
  });

  it("reports unusable files in French with code 2 and still checks the others", async () => {
    writeFileSync(join(tmp.dir, "vide.xlsx"), "");
    writeFileSync(join(tmp.dir, "texte.xlsx"), "Axe;Montant\n1;2\n");
    const ole = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole);
    Buffer.from("EncryptedPackage", "utf16le").copy(ole, 512);
    writeFileSync(join(tmp.dir, "chiffre.xlsx"), ole);
    const bytes = readFileSync(valid);
    writeFileSync(join(tmp.dir, "tronque.xlsx"), bytes.subarray(0, bytes.length / 2));
    const inputs = ["vide.xlsx", "texte.xlsx", "juste.xlsx", "chiffre.xlsx", "tronque.xlsx", "absent.xlsx"];
    const io = captureIo(tmp.dir);
    expect(await run(["--format", "json", ...inputs], io.io)).toBe(2);
    const report = jsonOf(io.out());
    expect(report.files.map((f) => f.file)).toEqual(inputs);
    const errorOf = (name: string) => report.files.find((f) => f.file === name)?.errors[0] ?? null;
    expect(errorOf("juste.xlsx")).toBeNull();
    expect(report.files.find((f) => f.file === "juste.xlsx")?.tables).toHaveLength(1);
    expect(errorOf("vide.xlsx")).toBe("le fichier est vide.");
    expect(errorOf("texte.xlsx")).toMatch(/^ce n'est pas un classeur Excel/);
    expect(errorOf("chiffre.xlsx")).toMatch(/protégé par un mot de passe/);
    expect(errorOf("tronque.xlsx")).toMatch(/endommagé/);
    expect(errorOf("absent.xlsx")).toBe("fichier ou dossier introuvable.");
    const lines = io.err().trim().split("\n");
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe("verifpacte : vide.xlsx : le fichier est vide.");
    expect(io.err()).not.toMatch(/at .*\.ts:\d+/);
  });

  it("refuses an old .xls renamed .xlsx, random bytes, broken sheet XML, a row outside the grid and a folder without .xlsx: French, code 2, no stack", async () => {
    const xls = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(xls);
    Buffer.from("Workbook", "utf16le").copy(xls, 512);
    writeFileSync(join(tmp.dir, "ancien.xlsx"), xls);
    writeFileSync(join(tmp.dir, "alea.xlsx"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
    const sheet = (rows: string) => workbookOf([`<worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`]);
    writeFileSync(join(tmp.dir, "xml-casse.xlsx"), sheet('<row r="1"><c r="A1"><v>1</v></row>'));
    writeFileSync(join(tmp.dir, "hors-grille.xlsx"), sheet('<row r="2000000"><c r="A2000000"><v>1</v></c></row>'));
    mkdirSync(join(tmp.dir, "sans-classeur"), { recursive: true });
    writeFileSync(join(tmp.dir, "sans-classeur", "notes.txt"), "rien");
    const inputs = ["ancien.xlsx", "alea.xlsx", "xml-casse.xlsx", "hors-grille.xlsx", "sans-classeur"];
    const io = captureIo(tmp.dir);
    expect(await run(inputs, io.io)).toBe(2);
    const lines = io.err().trim().split("\n");
    expect(lines).toEqual([
      "verifpacte : ancien.xlsx : ancien format Excel (.xls) non pris en charge : ouvrez le fichier dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».",
      expect.stringMatching(/^verifpacte : alea\.xlsx : ce n'est pas un classeur Excel \(\.xlsx\)/),
      expect.stringMatching(
        /^verifpacte : xml-casse\.xlsx : le fichier \.xlsx est endommagé : partie « xl\/worksheets\/sheet1\.xml » illisible/,
      ),
      expect.stringMatching(/^verifpacte : hors-grille\.xlsx : le fichier \.xlsx est endommagé : .*2000000/),
      "verifpacte : sans-classeur : aucun fichier .xlsx dans ce dossier.",
    ]);
    expect(io.err() + io.out()).not.toMatch(/at .*\.(ts|js|cjs):\d+|Error:/);
  });

  it("checks every .xlsx of a folder, sorted, without Excel lock files, with a progress bar on a terminal", async () => {
    const folder = join(tmp.dir, "region");
    mkdirSync(join(folder, "sous-dossier"), { recursive: true });
    for (const name of ["b.xlsx", "a.xlsx", "sous-dossier/c.xlsx", "~$a.xlsx", "d.xlsx"]) {
      writeFileSync(join(folder, name), readFileSync(valid));
    }
    writeFileSync(join(folder, "notes.txt"), "rien");
    const io = captureIo(tmp.dir, true);
    expect(await run(["--format", "json", "region"], io.io)).toBe(0);
    expect(jsonOf(io.out()).files.map((f) => f.file)).toEqual([
      join("region", "a.xlsx"),
      join("region", "b.xlsx"),
      join("region", "d.xlsx"),
      join("region", "sous-dossier", "c.xlsx"),
    ]);
    expect(io.err()).toContain("[#####---------------] 1/4 region/a.xlsx");
    expect(io.err()).toMatch(/4 classeurs contrôlés : 0 erreur, /);
    const quiet = captureIo(tmp.dir, false);
    await run(["--format", "json", "region"], quiet.io);
    expect(quiet.err()).toBe("");
  });

  it("--corriger writes a corrected copy: input unchanged, no error left, other cells unchanged", async () => {
    const before = readFileSync(wrong);
    const io = captureIo(tmp.dir);
    expect(await run(["--format", "json", "--corriger", "faux-corrige.xlsx", "faux.xlsx"], io.io)).toBe(1);
    expect(readFileSync(wrong).equals(before)).toBe(true);
    expect(io.err()).toMatch(/^Copie corrigée écrite : faux-corrige\.xlsx \(\d+ cellules? corrigées?, /);
    const output = join(tmp.dir, "faux-corrige.xlsx");
    const again = captureIo(tmp.dir);
    expect(await run(["--format", "json", "faux-corrige.xlsx"], again.io)).toBe(0);
    const report = jsonOf(again.out());
    expect(report.files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    const corrected = await readCore(output);
    expect(corrected.sheet("Tableau financier")!.get(4, 6)).toEqual({ value: 180000, formula: "=D5+E5+F5", numFmt: EURO });
    const controles = corrected.sheet("Contrôles VerifPacte");
    expect(controles?.value(0, 0)).toBe("Contrôles VerifPacte — faux.xlsx");
    // « Valeur obtenue » of the corrected G5 is what the copy shows there: 180 000,00 €.
    const g5 = Array.from({ length: controles?.rowCount ?? 0 }, (_, r) => r).find(
      (r) => controles?.value(r, 2) === "G5" && controles?.value(r, 6) === "corrigé",
    );
    expect(g5 === undefined ? null : controles?.value(g5, 7)).toBe("180\u00a0000,00\u00a0€");
    const changed = new Set(["Tableau financier!G5", "Tableau financier!G6", "Tableau financier!G7"]);
    const old = snapshot(await readCore(wrong));
    const now = snapshot(corrected);
    for (const [key, value] of old) if (!changed.has(key)) expect([key, now.get(key)]).toEqual([key, value]);
  });

  it("--corriger leaves the user's own « CONTRÔLES » sheet alone and writes « Contrôles VerifPacte »", async () => {
    const path = await saveXlsx(tmp.dir, "avec-feuille.xlsx", (wb) => {
      f1(wb, true);
      wb.addWorksheet("CONTRÔLES").getCell("A1").value = "Mes propres contrôles";
    });
    const io = captureIo(tmp.dir);
    await run(["--format", "json", "--corriger", "avec-feuille-corrige.xlsx", "avec-feuille.xlsx"], io.io);
    expect(io.err()).toContain("feuille « Contrôles VerifPacte » écrite");
    const corrected = await readCore(join(tmp.dir, "avec-feuille-corrige.xlsx"));
    expect(corrected.sheets.map((s) => s.name)).toEqual(["Tableau financier", "CONTRÔLES", "Contrôles VerifPacte"]);
    expect(snapshot(corrected).get("CONTRÔLES!A1")).toBe(snapshot(await readCore(path)).get("CONTRÔLES!A1"));
  });

  it("--corriger then a new analysis of the copy: its « Contrôles VerifPacte » sheet, which quotes the findings, is never analysed", async () => {
    const example = join(__dirname, "..", "..", "examples", "erreurs-plantees.xlsx");
    writeFileSync(join(tmp.dir, "plantees.xlsx"), readFileSync(example));
    const first = captureIo(tmp.dir);
    await run(["--format", "json", "--corriger", "plantees-corrige.xlsx", "plantees.xlsx"], first.io);
    const before = jsonOf(first.out()).files[0].findings;
    expect(before.length).toBeGreaterThan(0);
    const again = captureIo(tmp.dir);
    await run(["--format", "json", "plantees-corrige.xlsx"], again.io);
    const after = jsonOf(again.out()).files[0].findings;
    expect((await readCore(join(tmp.dir, "plantees-corrige.xlsx"))).sheet("Contrôles VerifPacte")?.rowCount).toBeGreaterThan(
      before.length,
    );
    expect(after.filter((f) => f.sheet === "Contrôles VerifPacte")).toEqual([]);
    expect(after.length).toBeLessThanOrEqual(before.length);
  });

  it("--corriger refuses several workbooks and an output that is the input", async () => {
    const folder = join(tmp.dir, "deux");
    mkdirSync(folder);
    for (const name of ["a.xlsx", "b.xlsx"]) writeFileSync(join(folder, name), readFileSync(valid));
    const two = captureIo(tmp.dir);
    expect(await run(["--corriger", "x.xlsx", "deux"], two.io)).toBe(2);
    expect(two.err()).toMatch(/--corriger s'utilise avec un seul fichier/);
    expect(existsSync(join(tmp.dir, "x.xlsx"))).toBe(false);
    const same = captureIo(tmp.dir);
    expect(await run(["--corriger", "faux.xlsx", "faux.xlsx"], same.io)).toBe(2);
    expect(same.err()).toMatch(/copie corrigée non écrite : la copie corrigée ne peut pas remplacer le fichier contrôlé/);
  });
});
