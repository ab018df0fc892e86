/** Deciding a table's family from the column keys / roles its header gave (SPEC §3, §4). */
import { dispositifOfYear } from "../referentiel/dispositifs";
import { FAMILY_REQUIREMENTS, FamilyRequirement } from "../referentiel/headers";
import { ColumnKey, FinancialFamily, IndicatorColumnRole, IndicatorFamily, TEXT_COLUMN_KEYS } from "../referentiel/types";

export function isMoneyKey(key: ColumnKey): boolean {
  return !TEXT_COLUMN_KEYS.includes(key);
}

function satisfied(req: FamilyRequirement, keys: ReadonlySet<ColumnKey>): boolean {
  if (!req.groups.every((g) => g.some((k) => keys.has(k)))) return false;
  if (!req.exclusive) return true;
  const allowed = new Set(req.groups.flat());
  return [...keys].every((k) => !isMoneyKey(k) || allowed.has(k));
}

/** The first family whose required columns are all present, or null. */
export function financialFamily(keys: ReadonlySet<ColumnKey>): FinancialFamily | null {
  return FAMILY_REQUIREMENTS.find((req) => satisfied(req, keys))?.family ?? null;
}

/**
 * The families the keys come closest to (fewest missing groups, then most found, then the most
 * precise: fewest alternative keys among the missing ones), each with the
 * groups of keys it lacks; called when financialFamily() gave null, so some family always lacks one.
 */
export function nearestFamilies(
  keys: ReadonlySet<ColumnKey>,
  count: number,
): { family: FinancialFamily; missing: (readonly ColumnKey[])[] }[] {
  const ranked = FAMILY_REQUIREMENTS.filter((req) => !req.funderRows)
    .map((req) => {
      const missing = req.groups.filter((g) => !g.some((k) => keys.has(k)));
      return { family: req.family, missing, found: req.groups.length - missing.length };
    })
    .filter((r) => r.missing.length > 0);
  const alternatives = (r: { missing: (readonly ColumnKey[])[] }) => r.missing.flat().length;
  ranked.sort((a, b) => a.missing.length - b.missing.length || b.found - a.found || alternatives(a) - alternatives(b));
  return ranked.filter((r, i) => ranked.findIndex((x) => x.family === r.family) === i).slice(0, count);
}

const VALUE_ROLES: readonly IndicatorColumnRole[] = ["situation", "cible", "resultat", "resultatPartiel"];

export function isValueRole(role: IndicatorColumnRole): boolean {
  return VALUE_ROLES.includes(role);
}

/**
 * I1 (Pacte: « Cible N » columns), I2 (CALPAE: targets with comments, part-year results or
 * « Mesures », and no year of the Pacte in the headers), I3 (no target: « Situation 2018 |
 * Résultat 2019 » or « Indicateur | 2018 | 2019 »). Null without an indicator column and at least
 * one value column.
 */
export function indicatorFamily(
  roles: readonly IndicatorColumnRole[],
  actionHeader: string | null,
  years: readonly number[] = [],
): IndicatorFamily | null {
  if (!roles.includes("indicateur") || !roles.some(isValueRole)) return null;
  if (!roles.includes("cible")) return "I3";
  const calpaeShape = roles.includes("commentaire") || roles.includes("resultatPartiel") || /mesure/.test(actionHeader ?? "");
  return calpaeShape && years.every((y) => dispositifOfYear(y) === "calpae") ? "I2" : "I1";
}
