/**
 * A BudgetTable from a recognised grid: id, range, titles, the action it is about (« Fiche 2 : … »
 * in a title above, or in the sheet's name), dispositif and year(s) with how they were decided.
 */
import { Range, rangeAddress } from "../../grid/address";
import { foldSpaces, normalizeText } from "../../parse/text";
import { BUDGET_FAMILY_LABELS } from "../../referentiel/fiches";
import { dispositifInfo, dispositifOfYear, DISPOSITIFS } from "../../referentiel/dispositifs";
import { BudgetFamily, Dispositif } from "../../referentiel/types";
import { TITLE_YEAR } from "../detect";
import { BuildContext } from "../frame";
import { FICHE_IN_TITLE } from "../labels";
import { BudgetTable, MoneyGrid } from "../model";
import { hasAnyTerm } from "../terms";
import { titlesAbove } from "../titles";
import { isPageMark } from "./marks";

export interface GridDraft {
  family: BudgetFamily;
  /** First row of the header (the first line when the table has none). */
  headerRow: number;
  range: Range;
  grid: MoneyGrid;
  partial: string | null;
  /** What else was read, in French, added to the detection text. */
  note?: string;
  /** Added to the id when another table covers the same range (the indicator part of an annex). */
  idSuffix?: string;
}

/** Rows searched above a fiche's money lines for its heading (« Fiche 3 : … »): a fiche's text may be long. */
const HEADING_REACH = 60;
/** « Fiche action n°3 : Référents — budget prévisionnel 2019-2022 »: the action's title ends before the budget words. */
const BUDGET_TAIL = /\s+[-–—:]+\s*(?:budget|plan de financement|financement|montants?|tableau)\b.*$/i;
const ACTION_START = /^\s*(?:fiche(?:\s+action)?|action)\s*(?:n\s*°|no\b\.?|n\b\.?)?\s*\d+(?:[.,]\d+)*\s*[:.)\-–—]*\s*/i;

/** The fiche named by a text (« Fiche 12 : … », « Fiche action n°3 – … »): its number and title. */
export function ficheOfText(text: string): { fiche: string; title: string | null } | null {
  const m = FICHE_IN_TITLE.exec(normalizeText(text));
  if (!m) return null;
  const title = foldSpaces(text.replace(ACTION_START, "").replace(BUDGET_TAIL, ""));
  return { fiche: m[1].replace(/,/g, "."), title: title === "" ? null : title };
}

/** The nearest heading above that names a fiche, not above the previous table; else the sheet's name. */
function ficheHeading(ctx: BuildContext, titles: readonly string[], top: number): { fiche: string; title: string | null } | null {
  for (let i = titles.length - 1; i >= 0; i--) {
    const found = ficheOfText(titles[i]);
    if (found) return found;
  }
  const { scan } = ctx;
  for (let r = top - 1; r >= Math.max(ctx.floor, top - HEADING_REACH); r--) {
    if (scan.textCount(r) === 0 || isPageMark(scan, r)) continue;
    const first = scan.texts(r)[0];
    const found = ficheOfText(first.raw);
    if (found && scan.textCount(r) <= 2) return found;
  }
  return ficheOfText(scan.sheet.name);
}

function yearsText(years: readonly number[]): string {
  if (years.length === 1) return `${years[0]}`;
  return `${years[0]} à ${years[years.length - 1]}`;
}

interface Found {
  dispositif: Dispositif | null;
  year: number | null;
  detection: string;
}

const PERIOD = /20\d\d\s*(?:[-–—/]|à|a)\s*20\d\d/;

/** Rows at the top of a sheet read for its heading (« CONTRAT LOCAL DES SOLIDARITÉS 2024-2027 – … »). */
const SHEET_HEADING_ROWS = 5;

/** The sheet's heading lines: a fiche far down a sheet still belongs to the contract named at its top. */
function sheetHeading(ctx: BuildContext, top: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < Math.min(SHEET_HEADING_ROWS, top); r++) {
    if (ctx.scan.valueCount(r) === 0) lines.push(...ctx.scan.texts(r).map((t) => foldSpaces(t.raw)));
  }
  return lines;
}

/** Dispositif and year: the settings, the years of the measures, the titles (then the sheet's heading, for the dispositif). */
function detectBudget(ctx: BuildContext, grid: MoneyGrid, titles: readonly string[], heading: readonly string[]): Found {
  const years = [...new Set(grid.measures.flatMap((m) => (m.year === null ? [] : [m.year])))].sort((a, b) => a - b);
  // « 2024-2027 », « 2019 à 2022 »: the contract's period, not the table's year
  const titleYear = titles
    .filter((t) => !PERIOD.test(t))
    .map((t) => ({ t, y: TITLE_YEAR.exec(normalizeText(t)) }))
    .map(({ t, y }) => ({ t, y: y ? Number(y[1]) : null }))
    .find((x) => x.y !== null);
  let year: number | null = null;
  let yearText: string;
  if (ctx.settings.annee !== null)
    [year, yearText] = [ctx.settings.annee, `année ${ctx.settings.annee} imposée par les paramètres`];
  else if (years.length === 1) [year, yearText] = [years[0], `année ${years[0]} lue dans l'en-tête`];
  else if (years.length > 1) yearText = `années ${yearsText(years)} lues dans l'en-tête (une colonne par année)`;
  else if (titleYear) [year, yearText] = [titleYear.y, `année ${titleYear.y} lue dans le titre « ${titleYear.t} »`];
  else yearText = "année non indiquée";
  const latest = year ?? (years.length > 0 ? years[years.length - 1] : null);
  let dispositif: Dispositif | null = ctx.settings.dispositif;
  let why = "imposé par les paramètres";
  if (dispositif === null && latest !== null) [dispositif, why] = [dispositifOfYear(latest), `d'après l'année ${latest}`];
  if (dispositif === null) {
    for (const title of [...titles, ...heading]) {
      const d = DISPOSITIFS.find((x) => hasAnyTerm(normalizeText(title), x.titleWords));
      if (d) {
        [dispositif, why] = [d.id, `d'après le titre « ${title} »`];
        break;
      }
    }
  }
  const dispositifText = dispositif === null ? "dispositif non déterminé" : `${dispositifInfo(dispositif).label} ${why}`;
  return { dispositif, year, detection: `${dispositifText} ; ${yearText}.` };
}

export function budgetTable(ctx: BuildContext, draft: GridDraft): BudgetTable {
  const { range, grid } = draft;
  const titles = titlesAbove(ctx.scan, range.r1, ctx.floor);
  const found = detectBudget(ctx, grid, titles, sheetHeading(ctx, range.r1));
  const several = grid.lines.filter((l) => l.fiche !== null || l.title !== null).length > 1;
  const heading = several || draft.family === "F10" ? null : ficheHeading(ctx, titles, range.r1);
  const family = `${draft.family} (${BUDGET_FAMILY_LABELS[draft.family]})`;
  const notes = [draft.note, draft.partial]
    .filter((n): n is string => !!n)
    .map((n) => ` ${n}`)
    .join("");
  return {
    kind: "budget",
    id: `${ctx.scan.sheet.name}!${rangeAddress(range)}${draft.idSuffix ?? ""}`,
    workbook: ctx.workbook,
    sheet: ctx.scan.sheet,
    headerRow: draft.headerRow,
    repeatedHeaderRows: [],
    range,
    titles,
    ...found,
    detection: `${family} : ${found.detection}${notes}`,
    family: draft.family,
    grid,
    action: heading ? { fiche: heading.fiche, title: heading.title } : null,
    partial: draft.partial,
  };
}
