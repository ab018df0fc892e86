/**
 * « Décrire ce tableau »: the column roles a user can choose for each table family (with the
 * letter the template prints, SPEC §3), a first guess read from the header text with the core's
 * vocabulary, and the TableMapping stored in settings.mappings.
 */
import { FAMILY_LABELS, KEY_LABELS, ROLE_LABELS } from "../../core/referentiel/headers";
import type { ColumnKey, Family, FinancialFamily, IndicatorColumnRole } from "../../core/referentiel/types";
import type { Settings, TableMapping } from "../../core/settings";
import { isMoneyKey } from "../../core/tables/family";
import { parseHeader } from "../../core/tables/headerCell";
import { TEXTES } from "../textes";

export interface RoleOption {
  value: string;
  label: string;
}

/** Columns of each financial family in template order, with the letter printed in the header. */
const FINANCIAL_COLUMNS: Record<FinancialFamily, readonly (readonly [ColumnKey, string | null])[]> = {
  F1: [
    ["axe", null],
    ["fiche", null],
    ["intitule", null],
    ["etatNotifie", "A"],
    ["cdAffecte", "B"],
    ["autres", "C"],
    ["budget", "F"],
  ],
  F2: [
    ["axe", null],
    ["chorus", null],
    ["fiche", null],
    ["intitule", null],
    ["etatVerse", "A"],
    ["etatNonConsomme", "B"],
    ["cdAffecte", "C"],
    ["cdNonConsomme", "D"],
    ["autres", "E"],
    ["realise", null],
    ["reportEtat", "F"],
    ["reportCd", "G"],
    ["etatNotifie", "H"],
    ["etatTotal", "I"],
    ["cdAffecteConvention", "J"],
    ["cdTotal", "K"],
    ["autresPrevus", "L"],
    ["budget", "M"],
  ],
  F3: [
    ["axe", null],
    ["chorus", null],
    ["fiche", null],
    ["intitule", null],
    ["etatVerse", "A"],
    ["etatReporte", "B"],
    ["cdAffecte", "C"],
    ["cdReporte", "D"],
    ["autres", "E"],
    ["budget", "F"],
    ["realise", null],
    ["valorisation", null],
    ["reportEtat", null],
    ["reportCd", null],
    ["commentaire", null],
  ],
  F4: [
    ["axe", null],
    ["chorus", null],
    ["fiche", null],
    ["intitule", null],
    ["etatNotifie", "A"],
    ["etatReporte", "B"],
    ["cdAffecte", "C"],
    ["valorisation", null],
    ["cdReporte", "D"],
    ["autres", "E"],
    ["budget", "F"],
    ["commentaire", null],
  ],
  F5: [
    ["intitule", null],
    ["budget", null],
    ["etat", null],
    ["cd", null],
    ["autres", null],
    ["realise", null],
  ],
  F6: [
    ["intitule", null],
    ["executeN1", null],
    ["cd", null],
    ["etat", null],
    ["fse", null],
    ["budget", null],
  ],
};

const INDICATOR_ROLES = Object.keys(ROLE_LABELS) as IndicatorColumnRole[];

export const FAMILIES = Object.keys(FAMILY_LABELS) as Family[];

export function isIndicatorFamily(family: Family): family is "I1" | "I2" | "I3" {
  return family.startsWith("I");
}

const capitalize = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** « F2 — récapitulatif prévisionnel avec reports (CLS) ». */
export function familyLabel(family: Family): string {
  return `${family} — ${FAMILY_LABELS[family]}`;
}

/** « Participation État notifiée (A) », … for a financial family; indicator roles otherwise. */
export function roleOptions(family: Family): RoleOption[] {
  if (isIndicatorFamily(family)) {
    return INDICATOR_ROLES.map((role) => ({ value: role, label: capitalize(ROLE_LABELS[role]) }));
  }
  return FINANCIAL_COLUMNS[family].map(([key, letter]) => ({
    value: key,
    label: `${capitalize(KEY_LABELS[key])}${letter ? ` (${letter})` : ""}`,
  }));
}

/** The role the core's vocabulary reads in a header text, if the family offers it; "" otherwise. */
export function guessRole(family: Family, header: string): string {
  if (header.trim() === "") return "";
  const parsed = parseHeader(header);
  const guess = isIndicatorFamily(family) ? (parsed.role ?? (parsed.bareYear ? "resultat" : null)) : parsed.key;
  return guess !== null && roleOptions(family).some((o) => o.value === guess) ? guess : "";
}

/** French reason why the chosen columns cannot describe a table of that family, or null. */
export function mappingProblem(family: Family, columns: Readonly<Record<number, string>>): string | null {
  const roles = Object.values(columns);
  if (isIndicatorFamily(family)) return roles.includes("indicateur") ? null : TEXTES.description.manqueIndicateur;
  const money = roles.some((r) => Object.prototype.hasOwnProperty.call(KEY_LABELS, r) && isMoneyKey(r as ColumnKey));
  return money ? null : TEXTES.description.manqueMontant;
}

/** Settings with `mapping` added, replacing an earlier mapping of the same header row. */
export function withMapping(settings: Settings, mapping: TableMapping): Settings {
  const others = settings.mappings.filter((m) => m.sheet !== mapping.sheet || m.headerRow !== mapping.headerRow);
  return { ...settings, mappings: [...others, mapping] };
}
