/**
 * Cross-year links (rule 13, SPEC §3 F2 and F4): amounts of year N that must repeat, action by
 * action, amounts written in a table of year N−1, as data. A link compares « slots »: the State, CD
 * and other funders' parts, each read from the column the family uses for it.
 */
import { ColumnKey, FinancialFamily } from "../../referentiel/types";
import { column, FinancialTable, TableColumn } from "../../tables/model";
import { carriedOntoYear, carryIntoYear, columnYear } from "./years";

export type Slot = "etat" | "cd" | "autres";

export type SlotColumns = Partial<Record<Slot, ColumnKey>>;

export interface CrossYearLink {
  id: "report" | "prevision";
  /** Families of the earlier table and the column of each slot. */
  sources: Partial<Record<FinancialFamily, SlotColumns>>;
  /** Families of the later table and the column of each slot. */
  targets: Partial<Record<FinancialFamily, SlotColumns>>;
  /** The year the earlier table's amounts are for (null when unknown). */
  sourceYear(table: FinancialTable): number | null;
  /** The year the later table's amounts are for. */
  targetYear(table: FinancialTable): number | null;
  /** Why both must be equal, in French, for the year of the amounts. */
  principle(year: number): string;
  /** Name of an action of N−1 with amounts that year N does not take up. */
  unmatchedSource: string;
  /** Name of an action of N with amounts and no action in N−1. */
  unmatchedTarget: string;
}

const REPORT_OUT: SlotColumns = { etat: "reportEtat", cd: "reportCd" };
const REPORT_IN: SlotColumns = { etat: "etatReporte", cd: "cdReporte" };

/** F3 (N−1) « Montant à reporter en N » = F4 / F3 (N) « Crédits … N−1 reportés sur N »; likewise from F2. */
export const REPORT_LINK: CrossYearLink = {
  id: "report",
  sources: { F3: REPORT_OUT, F2: REPORT_OUT },
  targets: { F4: REPORT_IN, F3: REPORT_IN },
  sourceYear: (table) => carryIntoYear(table, "reportEtat") ?? carryIntoYear(table, "reportCd"),
  targetYear: carriedOntoYear,
  principle: (year) =>
    `Les crédits reportés sur ${year} doivent être les montants « à reporter en ${year} » de l'année précédente.`,
  unmatchedSource: "report non repris",
  unmatchedTarget: "report sans origine",
};

/**
 * Pacte: F2 (N) A, C, E « Crédits … versés / affectés en N−1 » = the forecast of N−1: F1 A, B, C
 * (first year) or F2 (N−1) H, J, L.
 */
export const PREVISION_LINK: CrossYearLink = {
  id: "prevision",
  sources: {
    F1: { etat: "etatNotifie", cd: "cdAffecte", autres: "autres" },
    F2: { etat: "etatNotifie", cd: "cdAffecteConvention", autres: "autresPrevus" },
  },
  targets: { F2: { etat: "etatVerse", cd: "cdAffecte", autres: "autres" } },
  sourceYear: (table) => columnYear(table, "etatNotifie", 0),
  targetYear: (table) => columnYear(table, "etatVerse", -1),
  principle: (year) => `Les crédits versés et affectés en ${year} doivent être ceux prévus pour ${year}.`,
  unmatchedSource: "action prévue non reprise",
  unmatchedTarget: "action absente du prévisionnel de l'année précédente",
};

export const CROSS_YEAR_LINKS: readonly CrossYearLink[] = [REPORT_LINK, PREVISION_LINK];

/** One slot both tables have: its column in the earlier table and in the later one. */
export interface SlotPair {
  slot: Slot;
  source: TableColumn;
  target: TableColumn;
}

const SLOTS: readonly Slot[] = ["etat", "cd", "autres"];

/** Slots the two tables both have. */
export function commonSlots(link: CrossYearLink, source: FinancialTable, target: FinancialTable): SlotPair[] {
  const from = link.sources[source.family] ?? {};
  const to = link.targets[target.family] ?? {};
  return SLOTS.flatMap((slot) => {
    const s = from[slot] === undefined ? undefined : column(source, from[slot]);
    const t = to[slot] === undefined ? undefined : column(target, to[slot]);
    return s && t ? [{ slot, source: s, target: t }] : [];
  });
}
