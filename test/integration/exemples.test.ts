/**
 * The samples of examples/ through the whole chain (ExcelJS → core → reports → corrected copy):
 * the « Done means » of the engine issue, checked on the real generated workbooks.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/core";
import { Finding } from "../../src/core/rules/types";
import { run } from "../../src/cli/run";
import { captureIo, makeTmpDir, readCore, snapshot } from "../cli/helpers";

const EXAMPLES = join(__dirname, "..", "..", "examples");
const example = (name: string) => join(EXAMPLES, name);

interface Expected {
  ruleId: string;
  sheet: string;
  cell: string;
  severity: string;
  fix: null | { value: number | string } | { formula: string } | { comment: true };
}

function errors(findings: Finding[]): Finding[] {
  return findings.filter((f) => f.severity === "error");
}

jest.setTimeout(60_000);

describe("exemples : le contrat des Alpes-Maritimes", () => {
  test("prévisionnel 2024 (seed, « TOTAUX FINANCIERS … 737 250,00 € ») : aucune erreur", async () => {
    const wb = await readCore(example("prevision-2024-alpes-maritimes.xlsx"));
    const analysis = analyze([wb]);
    expect(analysis.tables.map((t) => [t.kind, t.kind === "financial" ? t.family : t.family, t.dispositif, t.year])).toEqual([
      ["financial", "F1", "pacte", 2024],
    ]);
    expect(errors(analysis.findings)).toEqual([]);
  });

  test("récapitulatif 2025 : la formule K = G+I du modèle est signalée avec la correction G+J", async () => {
    const wb = await readCore(example("recapitulatif-2025.xlsx"));
    const analysis = analyze([wb]);
    const k = analysis.findings.filter((f) => f.ruleId === "formule-modele-k" && f.severity === "error");
    expect(k.length).toBeGreaterThan(0);
    for (const f of k) {
      const row = f.cell.slice(1);
      // K is sheet column P; G (part CD reportée) is L, J (crédits CD de la convention) is O.
      expect(f.cell).toBe(`P${row}`);
      expect(f.fix).toMatchObject({ kind: "formula", cell: `P${row}`, formula: `=L${row}+O${row}` });
    }
  });

  test("2024 et 2025 ensemble : les montants 2024 repris en A, C, E de 2025 concordent", async () => {
    const wbs = [
      await readCore(example("prevision-2024-alpes-maritimes.xlsx")),
      await readCore(example("recapitulatif-2025.xlsx")),
    ];
    const analysis = analyze(wbs);
    expect(analysis.findings.filter((f) => f.ruleId === "report-incoherent")).toEqual([]);
  });

  test("CALPAE 2022 → 2023 dans deux classeurs : reports cohérents, aucune erreur", async () => {
    const wbs = [await readCore(example("calpae-execution-2022.xlsx")), await readCore(example("calpae-prevision-2023.xlsx"))];
    expect(errors(analyze(wbs).findings)).toEqual([]);
  });
});

describe("exemples : erreurs plantées", () => {
  const expected: Expected[] = JSON.parse(readFileSync(example("erreurs-plantees.attendu.json"), "utf8"));

  test("chaque erreur plantée est signalée à la bonne cellule, avec la bonne gravité et la bonne correction, et rien d'autre", async () => {
    const wb = await readCore(example("erreurs-plantees.xlsx"));
    const findings = analyze([wb]).findings;
    const shape = (f: { ruleId: string; sheet: string; cell: string; severity: string }) =>
      `${f.ruleId} | ${f.sheet}!${f.cell} | ${f.severity}`;
    expect(findings.map(shape).sort()).toEqual(expected.map(shape).sort());
    for (const e of expected) {
      const f = findings.find((x) => shape(x) === shape(e))!;
      if (e.fix === null) expect(f.fix).toBeNull();
      else if ("formula" in e.fix) expect(f.fix).toMatchObject({ kind: "formula", formula: e.fix.formula });
      else if ("value" in e.fix) expect(f.fix).toMatchObject({ kind: "value", value: e.fix.value });
      else expect(f.fix?.kind).toBe("comment");
    }
  });

  test("les 25 règles du catalogue ont chacune au moins une erreur plantée", () => {
    expect(new Set(expected.map((e) => e.ruleId)).size).toBe(25);
  });
});

describe("--corriger sur les exemples", () => {
  test.each(["recapitulatif-2025.xlsx", "erreurs-plantees.xlsx"])(
    "%s : la copie corrigée n'a plus que les erreurs sans correction automatique, et seules les cellules du plan changent",
    async (name) => {
      const { dir, cleanup } = makeTmpDir();
      try {
        const input = example(name);
        const before = readFileSync(input);
        const original = analyze([await readCore(input, name)]);
        const out = join(dir, "corrige.xlsx");
        const io = captureIo(dir);
        const code = await run(["--corriger", out, input], io.io);
        expect([0, 1]).toContain(code);
        expect(readFileSync(input).equals(before)).toBe(true);

        const corrected = await readCore(out, name);
        const after = analyze([corrected]);
        const unfixable = new Set(
          errors(original.findings)
            .filter((f) => f.fix === null)
            .map((f) => `${f.ruleId}|${f.sheet}|${f.cell}`),
        );
        for (const f of errors(after.findings)) expect(unfixable).toContain(`${f.ruleId}|${f.sheet}|${f.cell}`);
        if (name === "recapitulatif-2025.xlsx") {
          expect(errors(after.findings)).toEqual([]);
          // A sous-total written into an empty cell shows like its column: money format copied.
          const sheet = corrected.sheet("Prévisionnel 2025")!;
          expect(sheet.get(8, 12)).toMatchObject({ formula: "=SUM(M6:M8)", numFmt: sheet.get(7, 12)!.numFmt });
          expect(sheet.get(7, 12)!.numFmt).toContain("€");
        }

        // Every cell the plan did not target is unchanged (the « Contrôles » sheet is new).
        const targeted = new Set(
          original.findings
            .flatMap((f) => (f.fix === null ? [] : f.fix.kind === "cells" ? f.fix.fixes : [f.fix]))
            .map((fix) => `${fix.sheet}!${fix.cell}`),
        );
        const a = snapshot(await readCore(input, name));
        const b = snapshot(corrected);
        for (const [key, value] of a) {
          const cellKey = key.replace(/#note$/, "");
          if (targeted.has(cellKey)) continue;
          if (key.endsWith("#note") && b.get(key)?.startsWith(value)) continue; // notes are appended to
          if (!/#/.test(key) && isFormulaCell(value) && sameFormula(value, b.get(key))) continue; // results recomputed
          expect([key, b.get(key)]).toEqual([key, value]);
        }
      } finally {
        cleanup();
      }
    },
  );
});

function isFormulaCell(json: string): boolean {
  return JSON.parse(json).formula !== undefined;
}

function sameFormula(a: string, b: string | undefined): boolean {
  return b !== undefined && JSON.parse(a).formula === JSON.parse(b).formula;
}
