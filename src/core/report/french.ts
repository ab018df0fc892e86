/** French wording shared by the reports: counts with plurals, table labels, fixes. */
import { rangeAddress } from "../grid/address";
import { formatEuros, formatNumberFr } from "../parse/format";
import { Dispositif } from "../referentiel/types";
import { Finding, Fix, Severity } from "../rules/types";
import { Table } from "../tables/model";

/** « 0 erreur », « 1 erreur », « 2 erreurs » (French: 0 and 1 take the singular). */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${Math.abs(n) < 2 ? singular : plural}`;
}

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ["erreur", "erreurs"],
  warning: ["avertissement", "avertissements"],
  info: ["information", "informations"],
};

/** « 3 erreurs, 2 avertissements, 1 information ». */
export function severityCounts(findings: readonly Finding[]): string {
  return (Object.keys(SEVERITY_WORDS) as Severity[])
    .map((s) => count(findings.filter((f) => f.severity === s).length, ...SEVERITY_WORDS[s]))
    .join(", ");
}

/** « 3 erreurs, 2 avertissements, 1 information ; 4 tables reconnues » (+ unmapped regions if any). */
export function summaryLine(findings: readonly Finding[], tableCount: number, unmappedCount: number): string {
  const tables = count(tableCount, "table reconnue", "tables reconnues");
  const unmapped = unmappedCount > 0 ? `, ${count(unmappedCount, "zone non reconnue", "zones non reconnues")}` : "";
  return `${severityCounts(findings)} ; ${tables}${unmapped}`;
}

const DISPOSITIF_LABEL: Record<Dispositif, string> = {
  calpae: "CALPAE",
  pacte: "Pacte des solidarités",
};

/** « table F2 (A5:R20), Pacte des solidarités 2025 ». */
export function tableLabel(table: Table): string {
  const dispositif = table.dispositif ? DISPOSITIF_LABEL[table.dispositif] : "dispositif non reconnu";
  const year = table.year === null ? "" : ` ${table.year}`;
  return `table ${table.family} (${rangeAddress(table.range)}), ${dispositif}${year}`;
}

/**
 * The proposed correction as the user reads it: « =G12+J12 (résultat attendu : 1 234,56 €) »,
 * « 1 234,56 € » (a plain number for an indicator table), « « texte » », and for several cells
 * « 3 cellules : D6 → 1 000,00 € ; D7 → … ».
 */
export function describeFix(fix: Fix, table: Table | undefined): string {
  const money = table?.kind !== "indicator";
  const amount = (euros: number) => (money ? formatEuros(Math.round(euros * 100)) : formatNumberFr(euros));
  switch (fix.kind) {
    case "formula":
      return fix.expected === undefined ? fix.formula : `${fix.formula} (résultat attendu : ${amount(fix.expected)})`;
    case "value":
      return typeof fix.value === "number" ? amount(fix.value) : `« ${fix.value} »`;
    case "comment":
      return `commentaire « ${fix.text} »`;
    case "cells":
      return severalCells(fix.fixes.map((f) => `${f.cell} → ${describeFix(f, table)}`));
  }
}

/** Corrections shown in a list, at most SHOWN_FIXES of them: « 3 cellules : D6 → 1 000,00 € ; D7 → … ». */
const SHOWN_FIXES = 5;

function severalCells(items: string[]): string {
  const shown = items.slice(0, SHOWN_FIXES).join(" ; ");
  const more = items.length - SHOWN_FIXES;
  return `${items.length} cellules : ${shown}${more > 0 ? ` ; et ${count(more, "autre", "autres")}` : ""}`;
}
