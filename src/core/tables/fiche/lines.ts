/**
 * F7 tables without a header row (SPEC §3 F7): label / amount lines of a fiche (« Coût total de
 * l'action : 150 000 € », « Part départementale | 75 000 € », several in one cell « Total :
 * 284 500 € Part Etat : 142 250€ Part Département : 142 250 € »), prévisionnel and exécuté side by
 * side (two amount columns, or two label / amount columns) or stacked under a subtitle
 * (« Prévisionnel », « Exécuté 2021 »); and amounts per axe or thème with a total line.
 */
import { Range } from "../../grid/address";
import { normalizeText } from "../../parse/text";
import { AXE_LINE, MONEY_LINE_LABEL } from "../../referentiel/fiches";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { tidy } from "../cells";
import { FICHE_IN_TITLE } from "../labels";
import { extractYear } from "../headerCell";
import { SheetScan } from "../scan";
import { chooseFamily, GridBuilder, lineIdentity } from "./grid";
import { isPageMark } from "./marks";
import { GridDraft } from "./table";
import { holdsMoney, lineMeaning, looksLikeEuros, phaseOf } from "./vocab";

/** One label / amount pair of a row. */
interface Pair {
  label: string;
  /** Column of the label; of the amount cell (the same as the label's for an amount written in the label's text). */
  labelCol: number;
  amountCol: number;
  /** The amount as written after its label, in the same cell. */
  inline?: string;
}

// An amount at the start of a text: digits with spaces, dots or commas, a currency, a note in parentheses.
const AMOUNT_START = /^\s*[-+]?\s*\d(?:[\d\s\u00a0\u202f.,]*\d)?\s*(?:k€|keur|€+|euros?|eur\b)?(?:\s*\([^)]*\))?/i;
/** What separates a label from its amount: « : », « – », « - ». */
const TRAILING_COLON = /[\s:–—-]+$/;
/** « Crédits État 2023 »: a year, not an amount. */
const BARE_YEAR = /^(?:20\d\d)$/;
const UNNAMED_AMOUNTS =
  "Lu en partie : plusieurs montants par ligne sans en-tête qui dise leur année ou leur phase (prévu, exécuté) ; " +
  "ils sont contrôlés entre eux, sans rapprochement avec d'autres tableaux ni correction proposée.";

/** Blank and page-mark rows searched for the rest of a block (a page break, a subtitle). */
const PAGE_GAP = 8;

function isMoneyLabel(label: string): boolean {
  if (label.length > MAX_LABEL || !LABEL_START.test(label)) return false;
  const norm = normalizeText(label.replace(TRAILING_COLON, ""));
  if (norm === "" || norm.length > 90) return false;
  if (AXE_LINE.test(norm) || pacteAxeOf(label) !== undefined) return true;
  if (!MONEY_LINE_LABEL.test(norm)) return false;
  const meaning = lineMeaning(norm);
  return meaning.funder !== null || meaning.kind !== "part";
}

/**
 * What the raw text of a money line's label starts with (accents and case as typed): other texts
 * are never normalised. Keep it a superset of MONEY_LINE_LABEL and AXE_LINE (and of the Pacte's
 * axes, which pacteAxeOf reads in « Axe … » labels).
 */
const LABEL_START =
  /^[\s\-–•*]*(?:tota|sous|s\s*\/|co[uûÛ]t|budg|montant|part|financ|contrib|apport|cr[ée]dit|subv|dont|autofin|reste|[ée]tat|d[ée]part|conseil|cd\b|fapi|fse|caf|autre|axe|th[ée]m|pilier|mesure|socle|engag|initiat|priorit|pr[ée]venir|lutter|construire|sortir|acc[èe]s|transition)/i;

/** Longest label of a money line; a cell of label / amount pairs may hold a few of them. */
const MAX_LABEL = 90;
const MAX_PAIRS_TEXT = 400;

/** « Total : 284 500 € Part Etat : 142 250€ … » → its label / amount pairs; [] when the text is not that. */
export function inlinePairs(text: string): { label: string; amount: string }[] {
  if (text.length > MAX_PAIRS_TEXT || !/\d/.test(text)) return [];
  const parts = text.split(":");
  if (parts.length < 2) return withoutColon(text);
  const pairs: { label: string; amount: string }[] = [];
  let label = parts[0];
  for (let i = 1; i < parts.length; i++) {
    const last = i === parts.length - 1;
    const m = AMOUNT_START.exec(parts[i]);
    if (!m) return [];
    const rest = parts[i].slice(m[0].length);
    if (last ? rest.trim() !== "" && /\d/.test(rest) : rest.trim() === "") return [];
    const amount = last ? parts[i].trim() : m[0].trim();
    if (BARE_YEAR.test(amount)) return [];
    pairs.push({ label: tidy(label), amount });
    label = rest;
  }
  return pairs.every((p) => isMoneyLabel(p.label)) ? pairs : [];
}

/** « Coût total de l'action 150 000 € »: a label then an amount, no colon. */
function withoutColon(text: string): { label: string; amount: string }[] {
  const at = text.search(/\d/);
  if (at <= 0) return [];
  const label = text.slice(0, at);
  const amount = text.slice(at);
  const m = AMOUNT_START.exec(amount);
  if (!m || amount.slice(m[0].length).trim() !== "" || BARE_YEAR.test(amount) || !isMoneyLabel(label)) return [];
  return [{ label: tidy(label.replace(TRAILING_COLON, "")), amount: amount.trim() }];
}

/** The label / amount pairs of a row: labels followed by amount cells, or amounts written in the label's text. */
function rowPairs(scan: SheetScan, row: number): Pair[] {
  if (isPageMark(scan, row)) return [];
  const pairs: Pair[] = [];
  const texts = scan.texts(row);
  const used = new Set<number>();
  for (const t of texts) {
    if (used.has(t.col)) continue;
    const inline = inlinePairs(t.raw);
    if (inline.length > 0) {
      for (const p of inline) pairs.push({ label: p.label, labelCol: t.col, amountCol: t.col, inline: p.amount });
      continue;
    }
    if (!isMoneyLabel(t.raw)) continue;
    const label = tidy(t.raw.replace(TRAILING_COLON, ""));
    // the amounts right of the label, up to the next label (an amount may be typed as text: « 75 000 € »)
    for (let col = t.col + 1; col < scan.width; col++) {
      const cell = scan.sheet.get(row, col);
      const text = scan.text(row, col);
      if (text !== null && (!holdsMoney(cell) || isMoneyLabel(text))) break;
      if (!holdsMoney(cell)) continue;
      pairs.push({ label, labelCol: t.col, amountCol: col });
      used.add(col);
    }
  }
  return pairs;
}

/** A subtitle alone in its row that sets the phase of the lines below (« Prévisionnel », « Budget exécuté 2021 : »). */
function subtitle(scan: SheetScan, row: number): { phase: "prevu" | "realise" | null; year: number | null } | null {
  if (scan.textCount(row) !== 1 || scan.valueCount(row) !== 0) return null;
  const raw = scan.texts(row)[0].raw;
  const norm = normalizeText(raw);
  const phase = phaseOf(norm);
  // « Fiche 4 : … — budget prévisionnel 2021 » is the fiche's title, not a subtitle of its lines
  if (phase === null || norm.length > 60 || FICHE_IN_TITLE.test(norm)) return null;
  return { phase, year: extractYear(raw) };
}

/** Phases written above the amount columns (« Prévisionnel | Exécuté »), by column. */
function phaseRow(scan: SheetScan, row: number): Map<number, { phase: "prevu" | "realise"; header: string }> | null {
  if (row < 0 || scan.textCount(row) < 1 || scan.valueCount(row) !== scan.yearCount(row)) return null;
  const out = new Map<number, { phase: "prevu" | "realise"; header: string }>();
  for (const t of scan.texts(row)) {
    const phase = phaseOf(normalizeText(t.raw));
    if (phase) out.set(t.col, { phase, header: tidy(t.raw) });
  }
  return out.size > 0 ? out : null;
}

/** Amount lines in a row, with the rows of a block. */
interface LineRow {
  row: number;
  pairs: Pair[];
  phase: { phase: "prevu" | "realise" | null; year: number | null; header: string } | null;
}

/** After blank rows: the row where the block goes on (a subtitle, or lines after a page mark), else null. */
function afterGap(scan: SheetScan, from: number, isFree: (row: number) => boolean): number | null {
  let mark = false;
  for (let r = from; r < Math.min(scan.rowCount, from + PAGE_GAP) && isFree(r); r++) {
    if (isPageMark(scan, r)) {
      mark = true;
      continue;
    }
    if (scan.isBlank(r)) continue;
    if (subtitle(scan, r) && rowPairs(scan, r + 1).length > 0) return r;
    return mark && rowPairs(scan, r).length > 0 ? r : null;
  }
  return null;
}

/** A subtitle just above the first line (blank rows between allowed), with its row. */
function subtitleAbove(
  scan: SheetScan,
  row: number,
  isFree: (row: number) => boolean,
): { row: number; phase: NonNullable<LineRow["phase"]> } | null {
  for (let r = row - 1; r >= Math.max(0, row - 3) && isFree(r); r--) {
    if (scan.isBlank(r)) continue;
    const sub = subtitle(scan, r);
    return sub ? { row: r, phase: { ...sub, header: tidy(scan.texts(r)[0].raw) } } : null;
  }
  return null;
}

/** Rows of the block starting at `row`: money lines, with page marks and subtitles between them. */
function blockRows(
  scan: SheetScan,
  row: number,
  isFree: (row: number) => boolean,
  first: LineRow["phase"],
): { rows: LineRow[]; end: number } {
  const rows: LineRow[] = [];
  let phase: LineRow["phase"] = first;
  let end = row;
  for (let r = row; r < scan.rowCount && isFree(r); r++) {
    if (scan.isBlank(r) || isPageMark(scan, r)) {
      const next = afterGap(scan, r, isFree);
      if (next === null) break;
      r = next - 1;
      continue;
    }
    const pairs = rowPairs(scan, r);
    if (pairs.length > 0) {
      rows.push({ row: r, pairs, phase });
      end = r;
      continue;
    }
    const sub = subtitle(scan, r);
    if (!sub || rowPairs(scan, r + 1).length === 0) break;
    phase = { ...sub, header: tidy(scan.texts(r)[0].raw) };
  }
  return { rows, end };
}

/**
 * Where a pair sits in its row: which label column (side-by-side blocks) and which of its amounts
 * (« Département | 50 000 € | 48 000 € »); the pairs written in one cell share the first place.
 */
function slots(pairs: readonly Pair[]): string[] {
  const labelCols = [...new Set(pairs.map((p) => p.labelCol))];
  const seen = new Map<number, number[]>();
  return pairs.map((p) => {
    const amounts = seen.get(p.labelCol) ?? [];
    if (p.inline === undefined && !amounts.includes(p.amountCol)) amounts.push(p.amountCol);
    seen.set(p.labelCol, amounts);
    const k = p.inline === undefined ? amounts.indexOf(p.amountCol) : 0;
    return `${labelCols.indexOf(p.labelCol)}.${k}`;
  });
}

/** Measures: one per place in the rows (slots) and per phase block. */
function buildGrid(rows: readonly LineRow[], phases: ReturnType<typeof phaseRow>): GridBuilder {
  const builder = new GridBuilder();
  const measures = new Map<string, number>();
  // one line per label: « Département | 50 000 € | 48 000 € » is one line with a cell in two measures
  const lines = new Map<string, number>();
  for (const lineRow of rows) {
    const places = slots(lineRow.pairs);
    lineRow.pairs.forEach((pair, i) => {
      const above = phases?.get(pair.amountCol) ?? phases?.get(pair.labelCol);
      const phase =
        lineRow.phase ?? (above ? { phase: above.phase, year: extractYear(above.header), header: above.header } : null);
      const key = `${places[i]}|${phase?.header ?? ""}`;
      let measure = measures.get(key);
      if (measure === undefined) {
        measure = builder.addMeasure({
          header: phase?.header ?? "",
          year: phase?.year ?? null,
          phase: phase?.phase ?? null,
          funder: null,
          total: false,
        });
        measures.set(key, measure);
      }
      const lineKey = `${lineRow.row}|${pair.labelCol}|${pair.label}`;
      let line = lines.get(lineKey);
      if (line === undefined) lines.set(lineKey, (line = builder.line(lineRow.row, pair.label)));
      builder.addCell({
        line,
        measure,
        row: lineRow.row,
        col: pair.amountCol,
        ...(pair.inline !== undefined ? { inline: { text: pair.inline } } : {}),
      });
    });
  }
  return builder;
}

export interface LineTable {
  draft: GridDraft;
  end: number;
}

/** Label / amount lines starting at `row` (F8, or F10 for axes), or null. */
export function readLineTable(scan: SheetScan, row: number, isFree: (row: number) => boolean): LineTable | null {
  const first = rowPairs(scan, row);
  if (first.length === 0) return null;
  const above = subtitleAbove(scan, row, isFree);
  const { rows, end } = blockRows(scan, row, isFree, above?.phase ?? null);
  const lineCount = rows.reduce((n, r) => n + r.pairs.length, 0);
  if (lineCount < 2) return null;
  const phases = !above && row > 0 && isFree(row - 1) ? phaseRow(scan, row - 1) : null;
  const builder = buildGrid(rows, phases);
  const counts = builder.counts();
  // the contract's parties: a line of the State or of the département (other funders alone are some other budget)
  const parties = builder.lines().some((l) => l.funder === "etat" || l.funder === "cd");
  const family = chooseFamily(counts, parties && (counts.totals > 0 || counts.funder >= 2) ? "F8" : null);
  if (family === null || family === "F11") return null;
  if (family === "F10" && counts.totals === 0 && !builder.cells().some((c) => looksLikeEuros(scan.sheet.get(c.row, c.col))))
    return null;
  const cols = rows.flatMap((r) => r.pairs.flatMap((p) => [p.labelCol, p.amountCol]));
  const top = above ? above.row : phases ? row - 1 : row;
  const range: Range = { r1: top, c1: Math.min(...cols), r2: end, c2: Math.max(...cols) };
  const grid = builder.grid(family === "F10" ? (label) => ({ fiche: null, title: label }) : lineIdentity);
  // « Département | 110 000 € | 125 000 € » with nothing above to say which year or phase each amount is
  const unnamed = grid.measures.length > 1 && grid.measures.some((m) => m.header === "");
  const partial = unnamed ? UNNAMED_AMOUNTS : null;
  return { draft: { family, headerRow: top, range, grid, partial }, end };
}
