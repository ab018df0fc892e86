/**
 * Rule 27: for one action and one year, the fiche's budget, the annex line and the récapitulatif
 * row give the same État, CD and total amounts (SPEC §3 F5: « the fiche's figures equal the
 * action's row in the summary table »; F6: « values equal the F4 table »; F7: « the same action's
 * amounts agree between the fiche, the annex and the récapitulatif table of the same year »),
 * across sheets and workbooks. The récapitulatif is the reference, else the annex. Actions are
 * paired by the matcher of rule 13 (fiche number with similar titles, titles), without its
 * « ex-fiche » step: both tables are of the same year. Differences are warnings naming both
 * cells and both amounts; an unsure pairing gives nothing.
 */
import { quoteText } from "../../parse/format";
import { BUDGET_FAMILY_LABELS } from "../../referentiel/fiches";
import { FAMILY_LABELS } from "../../referentiel/headers";
import { Workbook } from "../../grid/model";
import { fileNameIdentity, titleClue } from "../../synthese/identite";
import { Identite } from "../../synthese/types";
import { column, Table } from "../../tables/model";
import { ActionMatch, ficheKey, matchActions } from "../credits/match";
import { CellRef, Rule, RuleContext } from "../types";
import { euros, signedEuros } from "../util/money";
import { allEntries, Entry, Level, Slot, SlotAmount } from "./entries";

/** Titles this close pair two actions even without the same number. */
const SURE_TITLES = 0.75;

const SLOT_NAMES: Record<Slot, string> = {
  etat: "la participation de l'État",
  cd: "la participation du Département",
  total: "le coût total",
};

const PRINCIPLE =
  "Le budget de la fiche, la ligne de l'annexe et le tableau récapitulatif d'une même année doivent donner les mêmes montants.";

function tableKind(table: Table): string {
  const label = table.kind === "budget" ? BUDGET_FAMILY_LABELS[table.family] : FAMILY_LABELS[table.family];
  return `${table.family} (${label})`;
}

/** « la fiche 2 « Référents de parcours » », « l'action 3 « … » de l'annexe ». */
function actionName(e: Entry): string {
  const number = e.fiche ? ` ${ficheKey(e.fiche)}` : "";
  const title = e.title ? ` ${quoteText(e.title)}` : "";
  if (e.level === "fiche") return `la fiche${number}${title}`;
  return `l'action${number}${title}${e.level === "annexe" ? " de l'annexe" : ""}`;
}

/** « F12 », « E12 + F12, feuille « Prévisionnel 2021 » », seen from `from`. */
function cellsText(e: Entry, slot: Slot, from: Entry): string {
  const cells = e.amounts[slot]!.cells.join(" + ");
  if (e.table.workbook !== from.table.workbook)
    return `${cells}, feuille « ${e.table.sheet.name} », classeur « ${e.table.workbook.name} »`;
  return e.table.sheet === from.table.sheet ? cells : `${cells}, feuille « ${e.table.sheet.name} »`;
}

/** The cells of an entry's slot, for Finding.related (the file named when it is another workbook). */
function refsOf(e: Entry, slot: Slot, from: Entry): CellRef[] {
  const sheet = e.table.sheet.name;
  return e.amounts[slot]!.cells.map((cell) =>
    e.table.workbook === from.table.workbook ? { sheet, cell } : { file: e.table.workbook.name, sheet, cell },
  );
}

/** The pairing is sure enough to compare amounts. */
function sure(pair: ActionMatch<Entry>, refs: readonly Entry[]): boolean {
  if (pair.certain) return true;
  if (pair.by === "titre") return pair.similarity >= SURE_TITLES;
  if (pair.by !== "fiche" || pair.source.fiche === null) return false;
  // no titles to compare: sure only when the number names one action of the reference
  const key = ficheKey(pair.source.fiche);
  return refs.filter((r) => r.fiche !== null && ficheKey(r.fiche) === key).length === 1;
}

/** The differences that matter, slot by slot: none where one entry's amount as written or as its row should be equals the other's. */
function gapOf(mine: SlotAmount | undefined, theirs: SlotAmount | undefined): number | null {
  if (!mine || !theirs) return null;
  const values = (a: SlotAmount) => [a.cents, a.corrected ?? a.cents];
  // A row whose own total is wrong (rule 1 reports it) is compared as it should be: one error, one finding.
  if (values(mine).some((m) => values(theirs).includes(m))) return 0;
  return mine.cents - theirs.cents;
}

/** The other funders' part of an entry (total − État − CD), when it has the three amounts. */
function othersOf(e: Entry): number | null {
  const { etat, cd, total } = e.amounts;
  return etat && cd && total ? total.cents - etat.cents - cd.cents : null;
}

function compare(ctx: RuleContext, e: Entry, ref: Entry, inferredYear: boolean): void {
  const gaps = {
    etat: gapOf(e.amounts.etat, ref.amounts.etat),
    cd: gapOf(e.amounts.cd, ref.amounts.cd),
    total: gapOf(e.amounts.total, ref.amounts.total),
  };
  for (const slot of ["etat", "cd", "total"] as const) {
    const gap = gaps[slot];
    if (gap === null || gap === 0) continue;
    // A total that differs by exactly the État and CD differences already reported says nothing more.
    if (slot === "total" && gap === (gaps.etat ?? 0) + (gaps.cd ?? 0) && (gaps.etat || gaps.cd)) continue;
    const mine = e.amounts[slot] as SlotAmount;
    const theirs = ref.amounts[slot] as SlotAmount;
    const cell = mine.cells[0];
    const year = ref.year === null ? "" : ` pour ${ref.year}${e.phase === "realise" ? " (réalisé)" : ""}`;
    const inferred = inferredYear ? ` (la fiche ne dit pas l'année : comparée au seul tableau de ${ref.year} du classeur)` : "";
    const structural = slot === "total" && otherFundersLeftOut(e, ref, gap);
    ctx.report({
      table: e.table,
      cell,
      severity: structural ? "info" : undefined,
      message:
        `${cell} : ${SLOT_NAMES[slot]} de ${actionName(e)}${year} vaut ${euros(mine.cents)} ici (${cellsText(e, slot, e)}) et ` +
        `${euros(theirs.cents)} dans le tableau ${tableKind(ref.table)} (${cellsText(ref, slot, e)}) : écart ${signedEuros(gap)}.` +
        (structural
          ? ` L'écart est la part d'autres financeurs du tableau ${ref.table.family} (${euros(othersOf(ref) as number)}) que l'annexe ne reprend pas : ` +
            "elle n'a pas de colonne « autres financeurs » ; vérifiez seulement que c'est bien le cas."
          : `${inferred} ${PRINCIPLE}`),
      related: [...refsOf(ref, slot, e), ...refsOf(e, slot, e).slice(1)],
    });
  }
}

/**
 * An annex line whose État and CD agree with the récapitulatif and whose total lacks part of the
 * récapitulatif's other funders (a CAF share where the annex only has an FSE column): the
 * difference comes from the annex's columns, not from a wrong amount — an information.
 */
function otherFundersLeftOut(e: Entry, ref: Entry, gap: number): boolean {
  if (e.level !== "annexe" || e.table.kind !== "financial" || column(e.table, "autres")) return false;
  const [mine, theirs] = [othersOf(e), othersOf(ref)];
  return (
    mine !== null &&
    theirs !== null &&
    gapOf(e.amounts.etat, ref.amounts.etat) === 0 &&
    gapOf(e.amounts.cd, ref.amounts.cd) === 0 &&
    gap < 0 &&
    mine >= 0 &&
    -gap <= theirs
  );
}

/** A fiche's budget with one amount per line (not several years side by side): the only kind whose year may be inferred. */
function oneMeasure(table: Table): boolean {
  return table.kind !== "budget" || table.grid.measures.filter((m) => !m.total).length === 1;
}

/** Rows at the top of each sheet read for the département's name. */
const HEADING_ROWS = 5;

/** The département a workbook's titles name (« Département de Seine-et-Marne (77) »), or null. */
function departementOf(workbook: Workbook, tables: readonly Table[]): Identite | null {
  const lines = [
    ...tables.filter((t) => t.workbook === workbook).flatMap((t) => t.titles),
    ...workbook.sheets.flatMap((sheet) => {
      const out: string[] = [];
      for (let r = 0; r < Math.min(HEADING_ROWS, sheet.rowCount); r++) {
        for (let c = 0; c < Math.min(3, sheet.rowLength(r)); c++) {
          const v = sheet.value(r, c);
          if (typeof v === "string") out.push(v);
        }
      }
      return out;
    }),
  ];
  for (const line of lines) {
    const clue = titleClue(line);
    if (clue && clue.kind !== "modele" && clue.identite.key) return clue.identite;
  }
  return null;
}

/**
 * Tables of another workbook are compared only when both are of the same département, or when
 * the workbooks analysed together name at most one: a reviewer's folder holds one workbook per
 * département, and the fiche of one must never be checked against the récapitulatif of another.
 */
function sameDepartement(ctx: RuleContext): (a: Workbook, b: Workbook) => boolean {
  return ctx.memo(ctx.tables, "departements", () => {
    const workbooks = [...new Set(ctx.tables.map((t) => t.workbook))];
    const byTitle = new Map(workbooks.map((w) => [w, departementOf(w, ctx.tables)]));
    // a workbook without a title naming it may say it in its file name (« lac-blanc-fiche-4.xlsx »)
    const named = new Map([...byTitle.values()].flatMap((i) => (i && i.key ? [[i.key, i] as const] : [])));
    const keys = new Map(workbooks.map((w) => [w, byTitle.get(w)?.key ?? fileNameIdentity(w.name, named)?.key ?? null]));
    const known = new Set([...keys.values()].filter((k) => k !== null));
    return (a: Workbook, b: Workbook) => {
      if (a === b) return true;
      const [ka, kb] = [keys.get(a) ?? null, keys.get(b) ?? null];
      return ka !== null && kb !== null ? ka === kb : known.size <= 1;
    };
  });
}

/** The entries to compare `group` with: the récapitulatif of the same year and phase (same workbook first), else the annex. */
function references(
  all: readonly Entry[],
  group: readonly Entry[],
  levels: readonly Level[],
  related: (a: Workbook, b: Workbook) => boolean,
): { refs: Entry[]; inferredYear: boolean } {
  const [first] = group;
  for (const level of levels) {
    const candidates = all.filter(
      (r) =>
        r.level === level &&
        r.phase === first.phase &&
        r.table !== first.table &&
        related(r.table.workbook, first.table.workbook),
    );
    let byYear = candidates.filter((r) => r.year !== null && r.year === first.year);
    let inferredYear = false;
    if (first.year === null) {
      // a fiche without a year: the only year of the same workbook's tables
      const same = candidates.filter((r) => r.table.workbook === first.table.workbook && r.year !== null);
      inferredYear = new Set(same.map((r) => r.year)).size === 1 && oneMeasure(first.table);
      byYear = inferredYear ? same : [];
    }
    const sameBook = byYear.filter((r) => r.table.workbook === first.table.workbook);
    const refs = sameBook.length > 0 ? sameBook : byYear;
    if (refs.length > 0) return { refs, inferredYear };
  }
  return { refs: [], inferredYear: false };
}

export const rapprochementTableaux: Rule = {
  meta: {
    id: "rapprochement-tableaux",
    number: 27,
    severity: "warning",
    fixable: false,
    scope: "financier",
    title: "Fiche, annexe et tableau récapitulatif en désaccord",
    description:
      "Pour une action et une année, le budget de la fiche, la ligne de l'annexe et la ligne du tableau récapitulatif donnent les mêmes montants État, CD et total, d'une feuille ou d'un classeur à l'autre.",
  },
  check(ctx) {
    const all = allEntries(ctx);
    const groups = new Map<string, Entry[]>();
    for (const e of all) {
      // a half-recognised table says so itself; its amounts are not compared
      if (e.level === "recap" || (e.table.kind === "budget" && e.table.partial !== null)) continue;
      const key = `${e.table.workbook.name}|${e.table.id}|${e.year}|${e.phase}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    for (const group of groups.values()) {
      const levels: Level[] = group[0].level === "fiche" ? ["recap", "annexe"] : ["recap"];
      const { refs, inferredYear } = references(all, group, levels, sameDepartement(ctx));
      if (refs.length === 0) continue;
      const matched = matchActions(refs, group, { exFiche: false });
      for (const pair of matched.pairs) if (sure(pair, refs)) compare(ctx, pair.target, pair.source, inferredYear);
    }
  },
};
