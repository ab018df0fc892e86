/**
 * Table recognition: every sheet of a workbook → financial tables (F1–F6), indicator tables
 * (I1–I3), the tables of fiches and annexes (F7–F11, see ./fiche) with column roles and row kinds, plus the regions that look financial but could not be
 * mapped. Headers are recognised by vocabulary (referentiel/headers.ts), never by position;
 * user mappings (settings.mappings) come first. Pure, and never throws on sheet content.
 */
import { Sheet, Workbook } from "../grid/model";
import { createResolver } from "../grid/values";
import { Settings, withDefaults } from "../settings";
import { RecognisedHeader } from "./extent";
import { buildFinancialTable } from "./financial";
import { isMoneyKey } from "./family";
import { BuildContext } from "./frame";
import { HeaderRead, isCandidate, readHeader, rowSignal } from "./header";
import { buildIndicatorTable } from "./indicator";
import { FINANCIAL_TITLE } from "./labels";
import { hasAnyTerm } from "./terms";
import { CONTRACT_WORDS } from "../referentiel/headers";
import { mappedHeader } from "./mapping";
import { Recognition, Table, UnmappedRegion } from "./model";
import { SheetScan, TextCaches } from "./scan";
import { isSyntheseWorkbook, SYNTHESE_MARKER_SHEET, SYNTHESE_NOT_CHECKED } from "../synthese/marqueur";
import { unmappedHeaderReason, unmappedTitleReason } from "./unmapped";
import { addBudgetTables, completeFromWorkbook, SheetWork, splitAnnex } from "./fiche";

/** Rows under a financial title searched for its header. */
const TITLE_REACH = 10;

class SheetRecognition implements SheetWork {
  readonly tables: Table[] = [];
  readonly unmapped: UnmappedRegion[] = [];
  private readonly claimed: [number, number][] = [];
  readonly scan: SheetScan;

  constructor(
    readonly workbook: Workbook,
    readonly sheet: Sheet,
    readonly settings: Settings,
    caches: TextCaches,
  ) {
    this.scan = new SheetScan(sheet, caches);
  }

  isClaimed(row: number): boolean {
    return this.claimed.some(([a, b]) => row >= a && row <= b);
  }

  claim(r1: number, r2: number): void {
    this.claimed.push([r1, r2]);
  }

  /** First row below the tables that end above `row`. */
  floor(row: number): number {
    return Math.max(0, ...this.claimed.filter(([, b]) => b < row).map(([, b]) => b + 1));
  }

  addTable(header: RecognisedHeader): Table {
    const ctx: BuildContext = {
      workbook: this.workbook,
      scan: this.scan,
      settings: this.settings,
      floor: this.floor(header.groupRow ?? header.mainRow),
    };
    const table = header.kind === "financial" ? buildFinancialTable(ctx, header) : buildIndicatorTable(ctx, header);
    this.claimed.push([table.range.r1, table.range.r2]);
    if (table.kind !== "indicator") {
      this.tables.push(table);
      return table;
    }
    // A convention annex mixing money and indicator columns: its two parts (SPEC §3 F7).
    const split = splitAnnex(ctx, table, header.cells);
    for (const part of [split.indicator, split.budget]) if (part) this.tables.push(part);
    return table;
  }

  addUnmapped(headerRow: number | null, reason: string): void {
    this.unmapped.push({ workbook: this.workbook, sheet: this.sheet, headerRow, reason });
  }
}

function addMappings(s: SheetRecognition, settings: Settings): void {
  for (const mapping of settings.mappings.filter((m) => m.sheet === s.sheet.name)) {
    const header = mappedHeader(s.scan, mapping);
    if (typeof header === "string") s.addUnmapped(Number.isInteger(mapping.headerRow) ? mapping.headerRow : null, header);
    else s.addTable(header);
  }
}

/** Title lines searched above an unmapped header for the contract's words. */
const TITLE_ROWS = 3;
/** « Département » as a word (not « départemental », which names other budgets: « Programme départemental d'insertion »). */
const DEPARTEMENT = /(?:^|[^a-z])(?:departement|conseil departemental)(?![a-z])/;

/** The header cells, or a title line just above, speak of the contract (État, CD, Chorus, convention…). */
function speaksOfContract(s: SheetRecognition, header: HeaderRead): boolean {
  if (header.cells.some((c) => hasAnyTerm(c.header.norm, CONTRACT_WORDS))) return true;
  const top = header.groupRow ?? header.mainRow;
  for (let r = Math.max(0, top - TITLE_ROWS); r < top; r++) {
    if (s.isClaimed(r)) continue;
    const titles = s.scan.texts(r).map((t) => s.scan.norm(t.raw));
    if (titles.some((t) => hasAnyTerm(t, CONTRACT_WORDS) || DEPARTEMENT.test(t))) return true;
  }
  return false;
}

/** A header-like row with money vocabulary and the contract's words, but no family: worth telling the user. */
function looksFinancial(s: SheetRecognition, header: HeaderRead): boolean {
  const signal = rowSignal(s.scan, header.mainRow);
  const moneyKeys = [...signal.keys].filter(isMoneyKey).length;
  return header.cells.length >= 3 && (moneyKeys >= 1 || signal.moneyCells >= 2) && speaksOfContract(s, header);
}

function addRecognised(s: SheetRecognition): void {
  for (let r = 0; r < s.scan.rowCount; r++) {
    if (s.isClaimed(r) || !isCandidate(s.scan, r)) continue;
    const header = readHeader(s.scan, r);
    if (s.isClaimed(header.mainRow) || (header.groupRow !== null && s.isClaimed(header.groupRow))) continue;
    if (header.kind !== "none") {
      r = s.addTable(header).range.r2;
    } else {
      if (looksFinancial(s, header)) s.addUnmapped(header.mainRow, unmappedHeaderReason(header.mainRow, header.cells));
      r = Math.max(r, header.mainRow);
    }
  }
}

const SENTENCE_END = /[.;!?…]\s*$/;

/** Financial titles (« TABLEAU FINANCIER … ») with no header under them. */
function addOrphanTitles(s: SheetRecognition): void {
  const headers = [...s.tables.map((t) => t.range.r1), ...s.unmapped.flatMap((u) => (u.headerRow === null ? [] : [u.headerRow]))];
  let lastReported = -Infinity;
  for (let r = 0; r < s.scan.rowCount; r++) {
    const texts = s.scan.textCount(r);
    if (texts === 0 || texts > 2 || s.scan.valueCount(r) > 0 || s.isClaimed(r) || r - lastReported <= 3) continue;
    // a sentence of the convention's text (« … figure dans le tableau financier annexé. ») is no title
    const title = s.scan.texts(r).find((t) => FINANCIAL_TITLE.test(s.scan.label(t.raw) ?? "") && !SENTENCE_END.test(t.raw));
    if (!title || headers.some((h) => h > r && h <= r + TITLE_REACH)) continue;
    s.addUnmapped(null, unmappedTitleReason(r, title.raw.trim()));
    lastReported = r;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function recognizeSheet(workbook: Workbook, sheet: Sheet, settings: Settings, out: Recognition, caches: TextCaches): void {
  try {
    const s = new SheetRecognition(workbook, sheet, settings, caches);
    addMappings(s, settings);
    addRecognised(s);
    addBudgetTables(s);
    addOrphanTitles(s);
    out.tables.push(...s.tables.sort((a, b) => a.range.r1 - b.range.r1));
    out.unmapped.push(...s.unmapped);
  } catch (error) {
    out.unmapped.push({
      workbook,
      sheet,
      headerRow: null,
      reason: `La feuille « ${sheet.name} » n'a pas pu être analysée (erreur interne : ${errorText(error)}) ; ses tableaux ne sont pas contrôlés.`,
    });
  }
}

/** Recognises the tables of every sheet of the workbook (settings: mappings, dispositif and year overrides). */
export function recognize(workbook: Workbook, settings?: Partial<Settings>): Recognition {
  const full = withDefaults(settings);
  const out: Recognition = { tables: [], unmapped: [] };
  if (isSyntheseWorkbook(workbook)) {
    out.unmapped.push({
      workbook,
      sheet: workbook.sheet(SYNTHESE_MARKER_SHEET) as Sheet,
      headerRow: null,
      reason: SYNTHESE_NOT_CHECKED,
    });
    return out;
  }
  const caches = new TextCaches(createResolver(workbook));
  for (const sheet of workbook.sheets) recognizeSheet(workbook, sheet, full, out, caches);
  completeFromWorkbook(out.tables);
  return out;
}

export { detect } from "./detect";
export type { Detection, DetectionInput } from "./detect";
