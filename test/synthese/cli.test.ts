/**
 * `verifpacte synthese` on the sample région: the .xlsx written (re-read with the project's
 * reader: totals with SUM formulas equal to the inputs, links, sheets), which itself passes
 * `verifpacte` with no error; the JSON against its schema (docs/synthese.schema.json); the CSV
 * for a French Excel; usage errors, unreadable files and exit codes.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import Ajv2020 from "ajv/dist/2020";
import { run } from "../../src/cli/run";
import { runSynthese } from "../../src/cli/synthese";
import { readXlsx } from "../../src/xlsx";
import { JsonReport } from "../../src/core";
import { cellAddress } from "../../src/core/grid/address";
import { Sheet } from "../../src/core/grid/model";
import { captureIo, makeTmpDir } from "../cli/helpers";
import { regionSynthesis } from "./helpers";

jest.setTimeout(120_000);

const ROOT = resolve(__dirname, "../..");
const tmp = makeTmpDir();
afterAll(tmp.cleanup);

function rowValues(sheet: Sheet, row: number): unknown[] {
  return Array.from({ length: sheet.rowLength(row) }, (_, c) => sheet.value(row, c));
}

describe("synthese.xlsx de la région d'exemple", () => {
  const output = join(tmp.dir, "sortie", "synthese.xlsx");
  let code: number;
  let out: string;

  beforeAll(async () => {
    mkdirSync(join(tmp.dir, "sortie"), { recursive: true });
    const io = captureIo(ROOT);
    code = await runSynthese(["examples/region", "--enveloppe", "1 500 000 €", "--sortie", output], io.io);
    out = io.out();
  });

  test("code de sortie 1 (erreurs dans des classeurs) et résumé en français", () => {
    expect(code).toBe(1);
    expect(out).toContain("Synthèse régionale 2025 (prévisionnel 2025, exécution 2024) : 4 départements, 10 classeurs lus");
    expect(out).toContain(
      "  99 Val-d'Argent : complet ; État notifié 520\u00a0000,00\u00a0€ ; part CD 50,7\u00a0%".replace(" ; part", ", part"),
    );
    expect(out).toContain(`Synthèse écrite : ${output}`);
  });

  test("feuille « Synthèse » : une ligne par département, totaux en SOMME égaux aux entrées", async () => {
    const { workbook } = await readXlsx(readFileSync(output), "synthese.xlsx");
    expect(workbook.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Synthèse", "visible"],
      ["Par pilier", "visible"],
      ["Anomalies", "visible"],
      ["VerifPacte_Synthese", "veryHidden"],
    ]);
    const sheet = workbook.sheets[0];
    expect(rowValues(sheet, 3).slice(0, 6)).toEqual([
      "Code",
      "Département",
      "Dispositif",
      "Tableaux reçus",
      "État notifié",
      "État reporté",
    ]);
    expect([4, 5, 6, 7].map((r) => sheet.value(r, 1))).toEqual([
      "Monts-Clairs",
      "Côte-des-Lilas",
      "Hautes-Brumes",
      "Val-d'Argent",
    ]);
    expect(sheet.value(8, 1)).toBe("Total région");
    const expected = (await regionSynthesis()).totaux;
    // E: État notifié, J: budget prévu, Q: budget disponible, R: réalisé
    expect(sheet.get(8, 4)).toMatchObject({ formula: "=SUM(E5:E8)", value: expected.prevision.etat / 100 });
    expect(sheet.get(8, 9)).toMatchObject({ formula: "=SUM(J5:J8)", value: expected.prevision.total / 100 });
    expect(sheet.get(8, 16)).toMatchObject({ formula: "=SUM(Q5:Q8)", value: expected.execution.total / 100 });
    expect(sheet.get(8, 17)).toMatchObject({ formula: "=SUM(R5:R8)", value: (expected.execution.realise ?? 0) / 100 });
    expect(sheet.get(7, 9)).toMatchObject({ formula: "=E8+F8+G8+H8+I8" });
    expect(sheet.get(7, 10)?.formula).toBe('=IF((E8+G8)=0,"",G8/(E8+G8))');
    // every cached total is the sum of the cached values above it
    for (let c = 4; c <= 22; c++) {
      const cell = sheet.get(8, c);
      if (!cell?.formula?.startsWith("=SUM(")) continue;
      const sum = [4, 5, 6, 7].reduce((n, r) => n + (Number(sheet.value(r, c)) || 0), 0);
      expect([cellAddress(8, c), cell.value]).toEqual([cellAddress(8, c), Math.round(sum * 100) / 100]);
    }
  });

  test("feuilles « Par pilier » et « Anomalies » : sommes par axe, une ligne par constat avec le lien vers le fichier", async () => {
    const { workbook } = await readXlsx(readFileSync(output), "synthese.xlsx");
    const pilier = workbook.sheet("Par pilier") as Sheet;
    const totals = Array.from({ length: pilier.rowCount }, (_, r) => r).filter((r) => pilier.value(r, 1) === "Total région");
    expect(totals.map((r) => String(pilier.value(r, 2)).split(" –")[0])).toEqual(["Pilier 1", "Pilier 3", "Pilier 4"]);
    expect(pilier.get(totals[0], 3)?.formula).toMatch(/^=SUMIF\(\$C\$5:\$C\$13,\$C\d+,D\$5:D\$13\)$/);
    const s = await regionSynthesis({ enveloppe: 1_500_000_00 });
    const anomalies = workbook.sheet("Anomalies") as Sheet;
    expect(anomalies.rowCount).toBe(3 + s.anomalies.length + s.constats.length);
    const first = 3 + s.anomalies.length;
    // files in the order of the folder: cls-2025-97.xlsx comes first
    expect(rowValues(anomalies, first).slice(0, 6)).toEqual([
      "avertissement",
      "cofinancement",
      "Côte-des-Lilas (97)",
      "examples/region/cls-2025-97.xlsx",
      "Prévisionnel 2025",
      "O6",
    ]);
    // the cell is a link that opens the workbook at that cell, relative to the synthesis' folder
    const rels = strFromU8(unzipSync(readFileSync(output))["xl/worksheets/_rels/sheet3.xml.rels"]);
    const target = encodeURI(
      `${relative(dirname(output), join(ROOT, "examples/region/cls-2025-97.xlsx"))}#'Prévisionnel 2025'!O6`,
    );
    expect(rels).toContain(`Target="${target}" TargetMode="External"`);
  });

  test("le classeur de synthèse passe lui-même verifpacte sans aucune erreur", async () => {
    const io = captureIo(ROOT);
    expect(await run(["--format", "json", output], io.io)).toBe(0);
    const report = JSON.parse(io.out()) as JsonReport;
    expect(report.files[0].findings).toEqual([]);
  });

  test("une synthèse déposée parmi les classeurs n'est pas reprise dans la suivante", async () => {
    const folder = join(tmp.dir, "region-et-synthese");
    mkdirSync(folder);
    for (const f of ["val-d-argent-cls-recapitulatif-2025.xlsx", "hautes-brumes-cls-recapitulatif-2025.xlsx"])
      copyFileSync(join(ROOT, "examples/region", f), join(folder, f));
    copyFileSync(output, join(folder, "synthese.xlsx"));
    const io = captureIo(folder);
    expect(await runSynthese([".", "--format", "json"], io.io)).toBe(1);
    const json = JSON.parse(io.out());
    expect(json.departements.map((d: { code: string }) => d.code)).toEqual(["98", "99"]);
    expect(json.anomalies.map((a: { id: string }) => a.id)).toContain("classeur-synthese");
  });
});

test("--format json : le contrat version 1, validé par son schéma", async () => {
  const io = captureIo(ROOT);
  expect(await runSynthese(["examples/region", "--format", "json", "--enveloppe", "1500000"], io.io)).toBe(1);
  const json = JSON.parse(io.out());
  const schema = JSON.parse(readFileSync(join(ROOT, "docs/synthese.schema.json"), "utf8"));
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  expect(validate(json) ? [] : validate.errors).toEqual([]);
  expect(json).toMatchObject({ version: 1, type: "synthese-regionale", unite: "centimes", annee: 2025, enveloppe: 150_000_000 });
  expect(Object.keys(json)).toEqual([
    "version",
    "type",
    "tool",
    "unite",
    "annee",
    "anneesTrouvees",
    "enveloppe",
    "departements",
    "totaux",
    "anomalies",
    "constats",
    "classeurs",
  ]);
});

test("--format csv : point-virgule, BOM UTF-8, virgule décimale, fins de ligne CRLF", async () => {
  const io = captureIo(ROOT);
  expect(await runSynthese(["examples/region", "--format", "csv"], io.io)).toBe(1);
  const text = io.out();
  expect(text.startsWith("\uFEFFCode;Département;Dispositif;Tableaux reçus;Prévisionnel 2025 – État notifié (€);")).toBe(true);
  const lines = text.slice(1).split("\r\n");
  expect(lines).toHaveLength(1 + 4 + 1 + 1);
  expect(lines[4]).toMatch(
    /^99;Val-d'Argent;Pacte des solidarités;complet;520000,00;15000,00;535000,00;15000,00;35000,00;1120000,00;50,7;430000,00;/,
  );
  expect(lines[5]).toMatch(/^;Total région;;;1440000,00;/);
  expect(lines[6]).toBe("");
});

describe("erreurs d'usage et fichiers illisibles", () => {
  test.each([
    [["examples/region"], "indiquez le classeur à écrire avec --sortie"],
    [["examples/region", "--sortie", "x.xlsx", "--format", "pdf"], "valeur « pdf » invalide pour --format"],
    [
      ["examples/region", "--format", "json", "--annee", "2030"],
      "aucun tableau de la campagne 2030 (prévisionnel 2030 ou exécution 2029) ; années trouvées : 2023, 2024, 2025.",
    ],
    [["examples/region", "--format", "json", "--enveloppe", "beaucoup"], "montant « beaucoup » illisible pour --enveloppe"],
    [
      ["examples/region", "--format", "json", "--departement", "absent.xlsx=77"],
      "--departement nomme un fichier qui n'est pas lu : « absent.xlsx ».",
    ],
    [["examples/region", "--sortie", "examples/region/cls-2025-97.xlsx"], "--sortie désigne un des classeurs lus"],
    [["--inconnue"], "option inconnue pour verifpacte synthese : --inconnue"],
  ])("%j → code 2 : %s", async (argv, message) => {
    const io = captureIo(ROOT);
    expect(await runSynthese(argv, io.io)).toBe(2);
    expect(io.err()).toContain(message);
  });

  test("un fichier illisible : code 2, message, et la synthèse des autres quand même", async () => {
    const folder = join(tmp.dir, "avec-illisible");
    mkdirSync(folder);
    copyFileSync(join(ROOT, "examples/region/val-d-argent-cls-recapitulatif-2025.xlsx"), join(folder, "va.xlsx"));
    writeFileSync(join(folder, "casse.xlsx"), "ceci n'est pas un classeur");
    const io = captureIo(folder);
    expect(await runSynthese([".", "--sortie", "s.xlsx"], io.io)).toBe(2);
    expect(io.err()).toContain("casse.xlsx");
    expect(io.out()).toContain("1 département");
    expect(readFileSync(join(folder, "s.xlsx")).length).toBeGreaterThan(1000);
  });

  test("--departement rattache un classeur sans titre ni nom parlant", async () => {
    const folder = join(tmp.dir, "anonyme");
    mkdirSync(folder);
    copyFileSync(join(ROOT, "examples/region/cls-2025-97.xlsx"), join(folder, "tableau.xlsx"));
    const io = captureIo(folder);
    await runSynthese(["tableau.xlsx", "--format", "json", "--departement", "tableau.xlsx=97 Côte-des-Lilas"], io.io);
    expect(JSON.parse(io.out()).departements.map((d: { code: string; nom: string }) => [d.code, d.nom])).toEqual([
      ["97", "Côte-des-Lilas"],
    ]);
  });

  test("--aide", async () => {
    const io = captureIo(ROOT);
    expect(await runSynthese(["--aide"], io.io)).toBe(0);
    expect(io.out()).toContain("Usage : verifpacte synthese");
  });

  test("la barre de progression sur un terminal, effacée à la fin", async () => {
    const io = captureIo(ROOT, true);
    await runSynthese(["examples/region", "--format", "csv"], io.io);
    expect(io.err()).toContain("] 1/20 lecture examples/region/cls-2025-97.xlsx");
    expect(io.err()).toContain("20/20 contrôle");
    expect(io.err().endsWith("\r\x1b[K")).toBe(true);
  });
});
