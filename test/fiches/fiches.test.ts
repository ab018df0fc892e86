/**
 * The fiche fixtures (test/fiches/cas): each anomalous workbook gives exactly its expected
 * findings, its clean twin exactly its own (never an error), and both read the same tables.
 */
import { rangeAddress } from "../../src/core/grid/address";
import { analyze } from "../../src/core/engine";
import { Finding } from "../../src/core/rules/types";
import { CorpusFinding, CorpusFix } from "../robustesse/corpus/types";
import { toWorkbook } from "./build";
import { FICHES } from "./index";

function fixKind(f: Finding): CorpusFix {
  if (f.fix === null) return null;
  if (f.fix.kind === "cells") return { cellules: f.fix.fixes.length };
  return ({ value: "valeur", formula: "formule", comment: "commentaire" } as const)[f.fix.kind];
}

function shortFinding(f: Finding): string {
  return `${f.file} ${f.sheet}!${f.cell} ${f.ruleId} ${f.severity} ${JSON.stringify(fixKind(f))}`;
}

function shortExpected(f: CorpusFinding): string {
  return `${f.file} ${f.sheet}!${f.cell} ${f.ruleId} ${f.severity} ${JSON.stringify(f.fix)}`;
}

describe.each(FICHES.map((c) => [c.id, c] as const))("%s", (_, c) => {
  for (const twin of ["anomalies", "sain"] as const) {
    describe(twin, () => {
      const analysis = analyze((twin === "anomalies" ? c.anomalies : c.sain).map(toWorkbook));

      it("lit les tableaux et les zones attendus", () => {
        expect(analysis.errors).toEqual([]);
        expect(analysis.tables.map((t) => `${t.family} ${t.sheet.name}!${rangeAddress(t.range)}`)).toEqual(c.tables);
        expect(analysis.unmapped.filter((u) => u.zone).map((u) => `${u.sheet.name}!${rangeAddress(u.zone!.range)}`)).toEqual(
          c.zones ?? [],
        );
      });

      it(twin === "anomalies" ? "donne exactement les constats plantés" : "ne donne aucune erreur", () => {
        const expected = twin === "anomalies" ? c.attendu : c.attenduSain;
        expect(analysis.findings.map(shortFinding).sort()).toEqual(expected.map(shortExpected).sort());
        if (twin === "sain") expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
      });
    });
  }
});
