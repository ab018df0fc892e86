/**
 * Rule 11: the département's share of each action (SPEC §1, §5).
 * - Pacte (l.135): « Il s'engage à apporter au moins 50 % des crédits dévolus à chaque action
 *   contractualisée » ⇒ CD ≥ seuilCofinancement × (État + CD): avertissement per action, erreur
 *   for the whole table.
 * - CALPAE: « des financements au moins équivalents » ⇒ CD ≥ État: avertissement per action;
 *   for the whole table erreur the first year (2019), avertissement after (« indicatif »).
 * Several actions below the rule in one table are one finding naming them all, with the table's
 * overall share (issue 7: when the whole table is fine, one warning, not one per action).
 * État and CD are the year's credits (reports and other funders left out): A and B (F1),
 * H and J (F2), A and C (F3, F4), État and CD (F5, F6). Rows with neither are skipped.
 */
import { formatPercentFr } from "../../parse/format";
import { CALPAE } from "../../referentiel/dispositifs";
import { ColumnKey } from "../../referentiel/types";
import { column, FinancialTable, Table, TableColumn } from "../../tables/model";
import { allEntries } from "../fiches/entries";
import { Rule, RuleContext, Severity } from "../types";
import {
  actionRows,
  addressAt,
  cellRef,
  centsAt,
  colAt,
  columnCents,
  euros,
  shareText,
  sumCents,
  tableDispositif,
  tableTotalRow,
} from "../util";
import { CellReport, reportRepeated } from "../util/repeated";

const STATE_KEYS: readonly ColumnKey[] = ["etatNotifie", "etatVerse", "etat"];

function firstColumn(table: FinancialTable, keys: readonly ColumnKey[]): TableColumn | undefined {
  return keys.map((k) => column(table, k)).find((c) => c !== undefined);
}

interface CreditColumns {
  state: TableColumn;
  cd: TableColumn;
}

/** The State and CD columns of the year's credits. */
function creditColumns(table: FinancialTable): CreditColumns | null {
  const state = firstColumn(table, STATE_KEYS);
  const cd = firstColumn(table, table.family === "F2" ? ["cdAffecteConvention"] : ["cdAffecte", "cd"]);
  return state && cd ? { state, cd } : null;
}

/** État and CD of one row (or of the whole table), and where to report. */
interface Shares {
  state: number;
  cd: number;
  /** 0-based row of the CD cell the finding is on. */
  row: number;
  /** 0-based row of the State cell, for the related cell; null for the whole table. */
  stateRow: number | null;
}

/** The rule of one dispositif: null when the shares satisfy it, else the message after the cell address. */
type Verdict = (s: Shares, overall: boolean) => { text: string; severity: Severity } | null;

function pacteVerdict(threshold: number): Verdict {
  const required = formatPercentFr(threshold * 100);
  return ({ state, cd }, overall) => {
    if (cd >= threshold * (state + cd)) return null;
    const needed = Math.ceil(Number(((threshold * state) / (1 - threshold)).toPrecision(12)));
    const where = overall ? "sur l'ensemble du tableau, part" : "part";
    const rule = overall ? "exigés par le contrat" : "exigés par le contrat pour chaque action";
    return {
      severity: overall ? "error" : "warning",
      text:
        `${where} du Département de ${shareText(cd, state + cd)} (CD ${euros(cd)}, État ${euros(state)}), en dessous des ${required} ` +
        `${rule} : il manque ${euros(needed - cd)} de crédits CD.`,
    };
  };
}

const PARITY = "la convention demande des financements du Département au moins équivalents à ceux de l'État";

function calpaeVerdict(year: number | null): Verdict {
  const first = year === CALPAE.firstYear;
  const overallTail = first
    ? `${PARITY}, engagement impératif la première année (${CALPAE.firstYear}).`
    : `${PARITY} (engagement indicatif après la première année) : écart à justifier.`;
  return ({ state, cd }, overall) => {
    if (cd >= state) return null;
    const where = overall ? "sur l'ensemble du tableau, crédits" : "crédits";
    return {
      severity: overall && first ? "error" : "warning",
      text: `${where} CD (${euros(cd)}) inférieurs aux crédits État (${euros(state)}) de ${euros(state - cd)} : ${overall ? overallTail : `${PARITY}.`}`,
    };
  };
}

function verdictOf(ctx: RuleContext, table: Table): Verdict | null {
  const dispositif = tableDispositif(ctx, table);
  const threshold = ctx.settings.seuilCofinancement;
  if (dispositif === "pacte") return threshold > 0 && threshold < 1 ? pacteVerdict(threshold) : null;
  return dispositif === "calpae" ? calpaeVerdict(table.year) : null;
}

function report(ctx: RuleContext, table: FinancialTable, cols: CreditColumns, s: Shares, verdict: ReturnType<Verdict>): void {
  if (!verdict) return;
  const cell = addressAt(table, s.row, cols.cd);
  ctx.report({
    table,
    cell,
    severity: verdict.severity,
    message: `${cell} : ${verdict.text}`,
    related: s.stateRow === null ? [] : [cellRef(table, s.stateRow, colAt(table, s.stateRow, cols.state))],
  });
}

/** « ligne 4 (CD 30 000,00 €, État 40 000,00 €, 42,9 %) ». */
function actionShare(s: Shares): string {
  return `ligne ${s.row + 1} (CD ${euros(s.cd)}, État ${euros(s.state)}, ${shareText(s.cd, s.state + s.cd)})`;
}

/**
 * Several actions below the rule in one table: one finding, naming each action and the table's
 * overall share (when the whole table is fine, the shortfall is a matter of spreading the credits).
 */
function groupSummary(overall: Shares | null, overallFine: boolean): (items: readonly CellReport<Shares>[]) => string {
  return (items) => {
    const total = overall
      ? ` Sur l'ensemble du tableau, la part du Département est de ${shareText(overall.cd, overall.state + overall.cd)} ` +
        `(CD ${euros(overall.cd)}, État ${euros(overall.state)})${overallFine ? ", conforme : l'écart tient à la répartition entre actions, à justifier." : "."}`
      : "";
    return `${items.length} actions ont un cofinancement du Département inférieur à la règle : ${items.map((i) => actionShare(i.data)).join(", ")}.${total}`;
  };
}

function checkTable(ctx: RuleContext, table: FinancialTable, verdict: Verdict): void {
  const cols = creditColumns(table);
  const rows = actionRows(table);
  if (!cols || rows.length === 0) return;
  const states: (number | null)[] = [];
  const cds: (number | null)[] = [];
  const low: CellReport<Shares>[] = [];
  // Action rows of the table: their cents are read once per analysis (columnCents; NaN: unreadable).
  const [stateCents, cdCents] = [columnCents(ctx, table, cols.state), columnCents(ctx, table, cols.cd)];
  for (const row of rows) {
    const state = centsAt(stateCents, row.row - table.range.r1);
    const cd = centsAt(cdCents, row.row - table.range.r1);
    states.push(state);
    cds.push(cd);
    if (state === null || cd === null || (state === 0 && cd === 0)) continue;
    const shares = { state, cd, row: row.row, stateRow: row.row };
    const v = verdict(shares, false);
    if (!v) continue;
    const address = addressAt(table, row.row, cols.cd);
    const related = [cellRef(table, row.row, colAt(table, row.row, cols.state))];
    low.push({
      row: row.row,
      col: colAt(table, row.row, cols.cd),
      address,
      message: `${address} : ${v.text}`,
      related,
      data: shares,
    });
  }
  const state = sumCents(states);
  const cd = sumCents(cds);
  const overall =
    state === null || cd === null || (state === 0 && cd === 0)
      ? null
      : { state, cd, row: tableTotalRow(table) as number, stateRow: null };
  const overallVerdict = overall ? verdict(overall, true) : null;
  // When the whole table meets the rule, the actions below it are one matter (issue 7): one finding from two on.
  const fine = overall !== null && overallVerdict === null;
  reportRepeated(ctx, table, low, groupSummary(overall, fine), "warning", fine ? 2 : undefined);
  if (overall) report(ctx, table, cols, overall, overallVerdict);
}

const RECAP_FAMILIES: readonly string[] = ["F1", "F2", "F3", "F4"];

/**
 * An annex (F6) whose year's récapitulatif is in the same workbook: its CD and État columns add
 * the reports (C+D, A+B), not the year's credits the rule compares; the récapitulatif is checked
 * on the contract's basis, and rule 27 compares the annex with it. Checking the annex too would
 * warn on an action the récapitulatif finds right.
 */
function annexOfCheckedRecap(ctx: RuleContext, table: FinancialTable): boolean {
  if (table.family !== "F6") return false;
  return ctx
    .financialTables()
    .some(
      (t) =>
        t.workbook === table.workbook && RECAP_FAMILIES.includes(t.family) && t.year === table.year && actionRows(t).length > 0,
    );
}

export const cofinancement: Rule = {
  meta: {
    id: "cofinancement",
    number: 11,
    severity: "warning",
    fixable: false,
    scope: "financier",
    title: "Cofinancement du Département insuffisant",
    description:
      "Pacte : le Département apporte au moins 50 % des crédits de chaque action ; CALPAE : des financements au moins équivalents à ceux de l'État.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      if (annexOfCheckedRecap(ctx, table)) continue;
      const verdict = verdictOf(ctx, table);
      if (verdict) checkTable(ctx, table, verdict);
    }
    checkBudgets(ctx);
  },
};

/**
 * Parity applies to the fiches' budgets and the annexes' lines too (SPEC §3 F7), year by year
 * (F7–F11; F5 and F6 are checked above with their columns): État and CD of each action, per
 * action warnings. A « Total État » or « Total Département » line stands for its funder's lines.
 */
function checkBudgets(ctx: RuleContext): void {
  for (const e of allEntries(ctx)) {
    const { etat, cd } = e.amounts;
    // an F5 block with one row per funder (« Financement Etat (FALPAE) », « Département ») has no État / CD columns: read here
    const funderBlock = e.table.kind === "financial" && e.table.family === "F5" && e.table.rows.some((r) => r.funder);
    if ((e.table.kind !== "budget" && !funderBlock) || !etat || !cd || (etat.cents === 0 && cd.cents === 0)) continue;
    const found = verdictOf(ctx, e.table)?.({ state: etat.cents, cd: cd.cents, row: 0, stateRow: 0 }, false);
    if (!found) continue;
    const [cell] = cd.cells;
    const who = e.fiche !== null ? `fiche ${e.fiche}` : e.title !== null ? `« ${e.title} »` : "";
    const when = e.year === null ? "" : ` en ${e.year}${e.phase === "realise" ? " (exécuté)" : ""}`;
    ctx.report({
      table: e.table,
      cell,
      severity: found.severity,
      message: `${cell} : ${who}${when}${who || when ? ", " : ""}${found.text}`,
      related: etat.cells.map((c) => ({ sheet: e.table.sheet.name, cell: c })),
    });
  }
}
