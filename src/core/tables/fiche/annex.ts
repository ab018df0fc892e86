/**
 * Convention annexes (SPEC §3 F7: « Annexe A – Tableau des engagements du socle ») that mix money
 * columns with « Indicateurs » and « Objectif(s) annuel(s) »: read as an indicator matrix, their
 * amounts would be checked as rates. A column is money when its header speaks money (« Montant »,
 * « Budget », « Crédits », « Participation », « Coût », « € ») or when its cells are amounts in
 * euros. The table is split: the money columns make an F11 table (financial rules), the rest stays
 * an indicator table (indicator rules). Objectives written as sentences (« a) 90 % en 2021 b)
 * 75 % en 2022 ») are the convention's text, not targets to check one number at a time.
 */
import { normalizeText } from "../../parse/text";
import { dispositifInfo, dispositifOfYear } from "../../referentiel/dispositifs";
import { ANNEX_TITLE } from "../../referentiel/fiches";
import { parseIndicator } from "../../parse/indicator";
import { shownLabel, tidy } from "../cells";
import { extractYear } from "../headerCell";
import { BuildContext } from "../frame";
import { BudgetTable, IndicatorColumn, IndicatorTable } from "../model";
import { GridBuilder, lineIdentity } from "./grid";
import { isPageMark } from "./marks";
import { budgetTable } from "./table";
import { funderOf, holdsMoney, looksLikeEuros, phaseOf, readMeasure } from "./vocab";
import { ParsedHeader } from "../headerCell";

/** Roles that are never money. */
const TEXT_ROLES: readonly IndicatorColumn["role"][] = ["action", "indicateur", "commentaire", "justification"];

interface HeaderCell {
  col: number;
  header: ParsedHeader;
}

/** Rows of the table that can hold its values (page marks left out). */
function bodyRows(ctx: BuildContext, table: IndicatorTable): number[] {
  const rows: number[] = [];
  for (let r = table.headerRow + 1; r <= table.range.r2; r++)
    if (!isPageMark(ctx.scan, r) && !table.repeatedHeaderRows.includes(r)) rows.push(r);
  return rows;
}

/** The column holds money: its header says so, or most of its filled cells are amounts in euros. */
function isMoneyColumn(ctx: BuildContext, cell: HeaderCell, rows: readonly number[]): boolean {
  const measure = readMeasure(cell.col, cell.header.text);
  if (measure && !measure.bareYear && (measure.money || measure.total)) return true;
  let filled = 0;
  let euros = 0;
  for (const r of rows) {
    const c = ctx.scan.sheet.get(r, cell.col);
    if (!c || c.value === null || (typeof c.value === "string" && c.value.trim() === "")) continue;
    filled++;
    if (holdsMoney(c) && looksLikeEuros(c)) euros++;
  }
  return euros > 0 && euros * 2 >= filled;
}

/** A cell read as prose: several words, not one number or a known mention. */
function isProse(value: unknown): boolean {
  if (typeof value !== "string") return false;
  const parsed = parseIndicator(value);
  if (parsed.kind === "number" || parsed.kind === "marker" || parsed.kind === "empty") return false;
  return (value.match(/[A-Za-zÀ-ÿ]{2,}/g) ?? []).length >= 2 || parsed.kind === "multiple";
}

/** An objective column without a year whose cells are mostly sentences: written objectives, not targets. */
function isWrittenObjective(ctx: BuildContext, column: IndicatorColumn, rows: readonly number[]): boolean {
  if (column.role !== "cible" || column.year !== null) return false;
  let filled = 0;
  let prose = 0;
  for (const r of rows) {
    const v = ctx.scan.sheet.value(r, column.col);
    if (v === null || (typeof v === "string" && v.trim() === "")) continue;
    filled++;
    if (isProse(v)) prose++;
  }
  return filled > 0 && prose * 2 >= filled;
}

/** The F11 table of the money columns: one line per action (its label shown through merged cells). */
function moneyPart(
  ctx: BuildContext,
  table: IndicatorTable,
  money: readonly HeaderCell[],
  rows: readonly number[],
  labelCols: readonly number[],
  note: string,
  whole: boolean,
): BudgetTable | null {
  const measures = money.map((cell) => {
    const read = readMeasure(cell.col, cell.header.text);
    const norm = normalizeText(cell.header.text);
    return {
      col: cell.col,
      header: tidy(cell.header.text),
      year: extractYear(cell.header.text),
      phase: phaseOf(norm),
      funder: read?.funder ?? funderOf(norm),
      total: read?.total ?? false,
    };
  });
  const builder = new GridBuilder(measures);
  for (const r of rows) {
    const amounts = money.filter((cell) => {
      const area = ctx.scan.sheet.mergeAt(r, cell.col);
      return !(area && area.r1 < r) && holdsMoney(ctx.scan.sheet.get(r, cell.col));
    });
    if (amounts.length === 0) continue;
    const label = labelCols.flatMap((col) => shownLabel(ctx.scan.sheet, r, col)?.text ?? []).join(" ");
    builder.addLine(
      r,
      tidy(label),
      amounts.map((c) => c.col),
    );
  }
  if (builder.cellCount() === 0) return null;
  // the whole annex when its indicator columns are left to read (written objectives), else its money columns
  const range = whole ? table.range : { ...table.range, c2: Math.max(...money.map((c) => c.col), ...labelCols) };
  return budgetTable(ctx, {
    family: "F11",
    headerRow: table.headerRow,
    range,
    grid: builder.grid(lineIdentity),
    partial: null,
    note,
    idSuffix: " (montants)",
  });
}

/**
 * « Participation de l'Etat | … | Objectifs 2020 »: the annex's one year, written in another column
 * of its header, is the year of its amounts.
 */
function withHeaderYear(budget: BudgetTable, cells: readonly HeaderCell[]): void {
  const years = [...new Set(cells.flatMap((c) => (c.header.year === null ? [] : [c.header.year])))];
  if (years.length !== 1) return;
  const [year] = years;
  const from = cells.find((c) => c.header.year === year)!;
  budget.year = year;
  budget.dispositif ??= dispositifOfYear(year);
  budget.detection = budget.detection
    .replace("dispositif non déterminé", `${dispositifInfo(budget.dispositif).label} d'après l'année ${year}`)
    .replace("année non indiquée", `année ${year} lue dans l'en-tête « ${tidy(from.header.text)} »`);
}

export interface AnnexSplit {
  indicator: IndicatorTable | null;
  budget: BudgetTable | null;
}

/**
 * The indicator table as read, split when it holds money columns; `cells`: its header cells (two-row
 * headers combined). Unchanged (budget null) when no column is money and the title names no annex.
 */
export function splitAnnex(ctx: BuildContext, table: IndicatorTable, cells: readonly HeaderCell[]): AnnexSplit {
  const rows = bodyRows(ctx, table);
  const roleOf = new Map(table.columns.map((c) => [c.col, c.role]));
  const money = cells.filter(
    (c) => !TEXT_ROLES.includes(roleOf.get(c.col) as IndicatorColumn["role"]) && isMoneyColumn(ctx, c, rows),
  );
  const annex = table.titles.some((t) => ANNEX_TITLE.test(normalizeText(t)));
  if (money.length === 0 && !annex) return { indicator: table, budget: null };
  const moneyCols = new Set(money.map((c) => c.col));
  const written = table.columns.filter((c) => isWrittenObjective(ctx, c, rows));
  const columns = table.columns.filter((c) => !moneyCols.has(c.col) && !written.includes(c));
  const valueLeft = columns.some((c) => ["situation", "cible", "resultat", "resultatPartiel"].includes(c.role));
  // the action's number and title: the columns left of the amounts that hold no indicator
  const firstMoney = Math.min(...money.map((c) => c.col));
  const indicatorCols = new Set(table.columns.filter((c) => c.role !== "action").map((c) => c.col));
  const labelCols = cells.filter((c) => c.col < firstMoney && !indicatorCols.has(c.col)).map((c) => c.col);
  const notes = [
    written.length > 0
      ? `Objectifs rédigés (${written.map((c) => `« ${tidy(c.header)} »`).join(", ")}) : texte de la convention, non contrôlé comme une cible chiffrée.`
      : "",
    valueLeft ? "" : "Colonnes d'indicateurs sans valeur chiffrée : seuls les montants sont contrôlés.",
  ].filter((n) => n !== "");
  const budget =
    money.length > 0
      ? moneyPart(ctx, table, money, rows, labelCols.length > 0 ? labelCols : [table.range.c1], notes.join(" "), !valueLeft)
      : null;
  if (budget && budget.year === null) withHeaderYear(budget, cells);
  const indicator = valueLeft
    ? {
        ...table,
        columns,
        rows: table.rows.filter((r) => r.kind !== "indicator" || r.label !== ""),
        detection: `${table.detection}${written.length > 0 ? ` ${notes[0]}` : ""}`,
      }
    : budget
      ? null
      : table;
  return { indicator, budget };
}
