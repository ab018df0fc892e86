/**
 * A workbook holding terminal escape sequences (stored as Excel stores them: `_x001B_`), BEL,
 * backspaces, a C1 control (U+009B, a one-character « ESC [ ») and bidi overrides (U+202E,
 * U+2066) in its labels, amounts, sheet names and file name, read by the command line in process:
 * text, JSON and SARIF show every one of them escaped (« \u001B »), never raw — stderr too.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { F1_HEADER_2024 } from "../../../examples/descriptions/labels";
import { run } from "../../../src/cli/run";
import { JsonReport, SarifLog } from "../../../src/core";
import { captureIo, makeTmpDir } from "../../cli/helpers";
import { rawXlsx } from "./xlsx-brut";
import { sarifValidator, jsonReportValidator, schemaErrors } from "./validateurs";

jest.setTimeout(60_000);

/** What must never reach a terminal or a viewer raw (C0 but tab and line feed, DEL, C1, bidi controls). */
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const ESC = "\u001B";
const FILE = `dépt${ESC}[31m\u202Exslx.xlsx`;
const PACTE_SHEET = "Pacte\u202E 2024\u009B";
const NOTES_SHEET = "Notes\u2066";

function workbook(): Uint8Array {
  return rawXlsx([
    {
      name: PACTE_SHEET,
      moneyColumns: ["D", "E", "F", "G"],
      rows: [
        [`TABLEAU FINANCIER${ESC}]0;piraté\u0007 DU CONTRAT LOCAL DES SOLIDARITÉS`],
        ["Prévisionnel Année 2024"],
        F1_HEADER_2024,
        [
          "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
          "1.",
          `Soutien\u202E à la parentalité${ESC}[2J`,
          67500,
          `67 500,00 €${ESC}[8m`,
          0,
          { f: "D4+E4+F4", v: 67500 },
        ],
        [null, "2.", "Soutien psychologique\u009B31m", 90000, 90000, 0, 999],
        [
          null,
          "Sous total",
          null,
          { f: "SUM(D4:D5)", v: 157500 },
          { f: "SUM(E4:E5)", v: 90000 },
          { f: "SUM(F4:F5)", v: 0 },
          { f: "SUM(G4:G5)", v: 68499 },
        ],
        [
          "TOTAUX FINANCIERS",
          null,
          null,
          { f: "D6", v: 157500 },
          { f: "E6", v: 90000 },
          { f: "F6", v: 0 },
          { f: "G6", v: 68499 },
        ],
      ],
    },
    {
      name: "Indicateurs",
      rows: [
        ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024"],
        [`Action 1 : Accueil${ESC}[H`, "Nombre de personnes accueillies\b\b\b", `nc${ESC}[5m`, 100, "beaucoup\u202E\u2066"],
      ],
    },
    { name: NOTES_SHEET, rows: [[`TABLEAU FINANCIER RÉCAPITULATIF${ESC}[2J - Région xxx`]] },
  ]);
}

describe("caractères de contrôle et de direction du texte venus d'un classeur", () => {
  const tmp = makeTmpDir();
  afterAll(tmp.cleanup);
  const outputs: Record<string, { out: string; err: string }> = {};

  beforeAll(async () => {
    writeFileSync(join(tmp.dir, FILE), workbook());
    for (const format of ["text", "json", "sarif"]) {
      const io = captureIo(tmp.dir);
      await run(["--format", format, FILE, `absent${ESC}[2J\u202E.xlsx`], io.io);
      outputs[format] = { out: io.out(), err: io.err() };
    }
  });

  test("le lecteur décode « _x001B_ » : c'est bien le caractère ESC qui arrive au rapport", () => {
    expect(outputs.text.out).not.toContain("_x001B_");
    expect(outputs.text.out).toContain("67 500,00 €\\u001B[8m");
  });

  test.each(["text", "json", "sarif"])("%s : aucun caractère de contrôle brut, sur la sortie comme sur l'erreur", (format) => {
    expect(outputs[format].out).not.toMatch(UNSAFE);
    expect(outputs[format].err).not.toMatch(UNSAFE);
    expect(outputs[format].err).toContain("absent\\u001B[2J\\u202E.xlsx");
  });

  test("texte : nom de fichier, feuilles, messages et zone non reconnue échappés", () => {
    const text = outputs.text.out;
    expect(text).toContain("Classeur « dépt\\u001B[31m\\u202Exslx.xlsx »");
    expect(text).toContain("Feuille « Pacte\\u202E 2024\\u009B », table F1");
    expect(text).toContain("« 67 500,00 €\\u001B[8m »");
    expect(text).toContain("Nombre de personnes accueillies\\u0008\\u0008\\u0008");
    expect(text).toContain("« beaucoup\\u202E\\u2066 »");
    expect(text).toContain("Feuille « Notes\\u2066 »");
    expect(text).toContain("\\u001B[2J - Région xxx");
  });

  test("JSON : chaque texte, une fois lu, montre l'échappement et non le caractère", () => {
    const report = JSON.parse(outputs.json.out) as JsonReport;
    expect(schemaErrors(jsonReportValidator(), report)).toEqual([]);
    const strings: string[] = [];
    JSON.stringify(report, (_key, value: unknown) => (typeof value === "string" ? (strings.push(value), value) : value));
    for (const s of strings) expect(s).not.toMatch(UNSAFE);
    const [file] = report.files;
    expect(file.file).toBe("dépt\\u001B[31m\\u202Exslx.xlsx");
    expect(file.tables[0].sheet).toBe("Pacte\\u202E 2024\\u009B");
    expect(file.findings.map((f) => f.message).join("\n")).toContain("« nc\\u001B[5m »");
    expect(file.unmapped).toEqual([{ sheet: "Notes\\u2066", row: null, reason: expect.stringContaining("\\u001B[2J") }]);
    expect(report.files[1].file).toBe("absent\\u001B[2J\\u202E.xlsx");
  });

  test("SARIF : messages et emplacements logiques échappés, URI encodées en pourcentages, schéma respecté", () => {
    const log = JSON.parse(outputs.sarif.out) as SarifLog;
    expect(schemaErrors(sarifValidator(), log)).toEqual([]);
    const run0 = log.runs[0];
    expect(run0.artifacts[0].location).toEqual({ uri: "d%C3%A9pt%1B%5B31m%E2%80%AExslx.xlsx", uriBaseId: "%SRCROOT%" });
    expect(run0.logicalLocations.slice(0, 2)).toEqual([
      { name: "dépt\\u001B[31m\\u202Exslx.xlsx", fullyQualifiedName: "dépt\\u001B[31m\\u202Exslx.xlsx", kind: "module" },
      { name: "Pacte\\u202E 2024\\u009B", fullyQualifiedName: "'Pacte\\u202E 2024\\u009B'", kind: "namespace", parentIndex: 0 },
    ]);
    expect(run0.results.map((r) => r.message.text).join("\n")).toContain("« 67 500,00 €\\u001B[8m »");
    expect(run0.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri).toBe(
      "absent%1B%5B2J%E2%80%AE.xlsx",
    );
  });
});

/**
 * Tools other than Excel write inline strings (`t="inlineStr"`) and text results of formulas
 * (`t="str"`) with the same `_xHHHH_` escapes: the reader decodes them there too (ExcelJS, the
 * former reader, left « _x001B_ » in them, and read its digits as numbers).
 */
test("chaînes en ligne et résultats texte de formule : « _x001B_ » décodé aussi", async () => {
  const tmp = makeTmpDir();
  try {
    const rows = [
      ["Actions", "Indicateurs locaux", "Situation au 31 déc. 2023", "Cible 2024", "Résultat atteint en 2024"],
      [
        "Action 1 : Accueil",
        "Nombre de personnes accueillies",
        { inline: `beaucoup${ESC}[2J` },
        100,
        { f: '"x"', v: `trop${ESC}[5m` },
      ],
    ];
    writeFileSync(join(tmp.dir, "en-ligne.xlsx"), rawXlsx([{ name: "Indicateurs", rows }]));
    const io = captureIo(tmp.dir);
    await run(["en-ligne.xlsx"], io.io);
    expect(io.out()).not.toContain("_x001B_");
    expect(io.out()).toContain("beaucoup\\u001B[2J");
    expect(io.out()).toContain("trop\\u001B[5m");
  } finally {
    tmp.cleanup();
  }
});
