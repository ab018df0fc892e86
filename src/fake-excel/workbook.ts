/**
 * The fake Excel application around one workbook: its sheets, what the host supports
 * (isSetSupported), the payload limits of Excel on the web, the sync counter and payload
 * statistics, the recalculation after writes, and the worksheet change events.
 */
import { Range, parseRangeAddress, rangeAddress } from "../core/grid/address";
import { Place, recalculate } from "./calc";
import { typedContent, withContent } from "./cellio";
import type { Operation } from "./client";
import { FakeRequestContext } from "./context";
import { FakeOfficeError, apiNotFound, invalidArgument } from "./errors";
import { FakeName, FakeSheet, FakeThread, keyCol, keyRow } from "./model";
import { deleteSheet, renameSheet, shiftRows } from "./structure";

export interface FakeLimits {
  /** Largest request or response of one sync, in bytes (Excel on the web: 5 MB). */
  bytes: number;
  /** Most cells read in one sync (Excel: 5 million). */
  cells: number;
}

export const EXCEL_WEB_LIMITS: FakeLimits = { bytes: 5 * 1024 * 1024, cells: 5_000_000 };

export interface FakeStats {
  syncs: number;
  requestBytes: number;
  responseBytes: number;
  largestRequest: number;
  largestResponse: number;
  cellsRead: number;
  recalculations: number;
}

export interface FakeOptions {
  /** Highest ExcelApi requirement set supported (default "1.18"; "1.4" is close to Excel 2016). */
  excelApi?: string;
  limits?: Partial<FakeLimits>;
}

/** Excel's WorksheetChangedEventArgs, as the adapter reads them. */
export interface FakeChangedEvent {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  /** ExcelApi 1.14: "ThisLocalAddin" for the add-in's own writes. */
  triggerSource?: "Unknown" | "ThisLocalAddin";
}

export type ChangedHandler = (event: FakeChangedEvent) => unknown;

interface Batch {
  changed: Place[];
  written: { sheet: FakeSheet; range: Range }[];
  suspended: boolean;
}

function versionParts(v: string): number[] {
  return v.split(".").map((p) => Number(p) || 0);
}

function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function emptyStats(): FakeStats {
  return { syncs: 0, requestBytes: 0, responseBytes: 0, largestRequest: 0, largestResponse: 0, cellsRead: 0, recalculations: 0 };
}

/** UTF-8 size of a value's JSON, as it would travel between the add-in and Excel. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = 0;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** A sync that fails part-way, as Excel does when the workbook is closed or locked meanwhile. */
export interface FakeInterruption {
  /** The sync that fails, counted from 1 from when the interruption is set. */
  sync: number;
  /** How many of its operations run before the failure. */
  after: number;
  error?: FakeOfficeError;
}

export class FakeWorkbook {
  name: string;
  readonly sheets: FakeSheet[] = [];
  readonly threads: FakeThread[] = [];
  /** Defined names (workbook scope), in order; found by name through an index. */
  readonly names: FakeName[] = [];
  private readonly nameIndex = new Map<string, FakeName>();
  /** The add-in's document settings (workbook.settings), as JSON texts by key. */
  readonly settings = new Map<string, string>();
  /** Test hook: the next sync(s) fail part-way (see FakeInterruption). */
  interruption: FakeInterruption | null = null;
  /** Workbook structure protection (sheets cannot be added). */
  structureProtected = false;
  excelApi: string;
  limits: FakeLimits;
  stats: FakeStats = emptyStats();
  /** Last cell selected by the add-in, and the active sheet. */
  selection: { sheet: string; address: string } | null = null;
  activeSheet: string | null = null;
  private readonly handlers = new Set<ChangedHandler>();
  private batch: Batch | null = null;
  private nextId = 1;

  constructor(name = "Classeur1.xlsx", options: FakeOptions = {}) {
    this.name = name;
    this.excelApi = options.excelApi ?? "1.18";
    this.limits = { ...EXCEL_WEB_LIMITS, ...(options.limits ?? {}) };
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  addSheet(name: string): FakeSheet {
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", name);
    const sheet = new FakeSheet(this.newId("feuille"), name);
    this.sheets.push(sheet);
    return sheet;
  }

  /** The defined name, ignoring case like Excel. */
  nameNamed(name: string): FakeName | undefined {
    // Names pushed into `names` directly (tests) are indexed when the index no longer matches.
    if (this.nameIndex.size !== this.names.length) {
      this.nameIndex.clear();
      for (const n of this.names) this.nameIndex.set(n.name.toUpperCase(), n);
    }
    return this.nameIndex.get(name.toUpperCase());
  }

  addName(name: FakeName): void {
    this.names.push(name);
    this.nameIndex.set(name.name.toUpperCase(), name);
  }

  removeName(name: FakeName): void {
    const at = this.names.lastIndexOf(name);
    if (at >= 0) this.names.splice(at, 1);
    this.nameIndex.delete(name.name.toUpperCase());
  }

  /** Sheet by name, ignoring case like Excel. */
  sheet(name: string): FakeSheet | undefined {
    const upper = name.toUpperCase();
    return this.sheets.find((s) => s.name.toUpperCase() === upper);
  }

  isSetSupported(set: string, version: string): boolean {
    return set === "ExcelApi" && compareVersions(version, this.excelApi) <= 0;
  }

  /** Throws ApiNotFound when the host does not have this requirement set. */
  requireApi(version: string, api: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw apiNotFound(api, `ExcelApi ${version}`);
  }

  resetStats(): void {
    this.stats = emptyStats();
  }

  /** Like Excel.run: a new request context; queued operations left at the end are synced. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    const context = new FakeRequestContext(this);
    const result = await batch(context);
    if (context.hasPending()) await context.sync();
    return result;
  }

  /** One sync: checks the request size, executes every operation, checks the response. */
  execute(operations: Operation[]): void {
    this.stats.syncs++;
    if (this.interruption && --this.interruption.sync === 0) {
      const { after, error } = this.interruption;
      this.interruption = null;
      const done = operations.slice(0, after);
      // Excel keeps what the operations before the failure did.
      this.runAll(done).commits.forEach((commit) => commit());
      throw error ?? new FakeOfficeError("GeneralException", "The workbook was closed while the request was being processed.");
    }
    const request = operations.reduce((n, op) => n + payloadBytes(op.request), 0);
    this.stats.largestRequest = Math.max(this.stats.largestRequest, request);
    if (request > this.limits.bytes) {
      throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.stats.requestBytes += request;
    const { commits, bytes, cells } = this.runAll(operations);
    this.stats.largestResponse = Math.max(this.stats.largestResponse, bytes);
    if (bytes > this.limits.bytes || cells > this.limits.cells) {
      throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    this.stats.responseBytes += bytes;
    this.stats.cellsRead += cells;
    commits.forEach((commit) => commit());
  }

  private runAll(operations: Operation[]): { commits: (() => void)[]; bytes: number; cells: number } {
    const batch: Batch = { changed: [], written: [], suspended: false };
    this.batch = batch;
    const commits: (() => void)[] = [];
    let bytes = 0;
    let cells = 0;
    try {
      for (const op of operations) {
        if (batch.changed.length > 0 && !batch.suspended) this.recalc(batch);
        const result = op.run() ?? {};
        if (result.commit) commits.push(result.commit);
        bytes += result.response === undefined ? 0 : payloadBytes(result.response);
        cells += result.cells ?? 0;
      }
    } finally {
      this.recalc(batch);
      this.batch = null;
      this.dispatch(batch.written, "ThisLocalAddin");
    }
    return { commits, bytes, cells };
  }

  private recalc(batch: Batch): void {
    if (batch.changed.length === 0) return;
    recalculate(this.sheets, batch.changed);
    batch.changed = [];
    this.stats.recalculations++;
  }

  /** application.suspendApiCalculationUntilNextSync(): one recalculation at the end of the sync. */
  suspendCalculation(): void {
    if (this.batch) this.batch.suspended = true;
  }

  /** Records a cell whose content changed (formulas reading it are recomputed). */
  changed(sheet: FakeSheet, row: number, col: number): void {
    this.batch?.changed.push({ sheet, row, col });
  }

  /** Records a range written by the add-in (raises WorksheetChanged after the sync). */
  written(sheet: FakeSheet, range: Range): void {
    this.batch?.written.push({ sheet, range });
  }

  onChanged(handler: ChangedHandler): void {
    this.handlers.add(handler);
  }

  offChanged(handler: ChangedHandler): void {
    this.handlers.delete(handler);
  }

  /**
   * Recomputes every formula with the fake's engine (the core's evaluator, English-locale Excel:
   * a text such as « 67 500,00 € » is not a number in arithmetic, where French Excel converts it).
   */
  recalculateAll(): void {
    const all = this.sheets.flatMap((sheet) =>
      [...sheet.formulaKeys].map((key) => ({ sheet, row: keyRow(key), col: keyCol(key) })),
    );
    recalculate(this.sheets, all);
  }

  /** A user types `input` into a cell or range (test and workbench API): no sync, events raised. */
  userEdit(sheetName: string, address: string, input: string | number | boolean): void {
    const sheet = this.sheet(sheetName);
    const range = parseRangeAddress(address);
    if (!sheet || !range) throw invalidArgument(`Adresse inconnue : ${sheetName}!${address}`);
    const changed: Place[] = [];
    for (let row = range.r1; row <= range.r2; row++) {
      for (let col = range.c1; col <= range.c2; col++) {
        sheet.setCell(row, col, withContent(sheet.cell(row, col), typedContent(input, address)));
        changed.push({ sheet, row, col });
      }
    }
    recalculate(this.sheets, changed);
    this.dispatch([{ sheet, range }], "Unknown");
  }

  /** The user inserts `count` rows above 0-based row `row` (test and workbench API). */
  userInsertRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.userSheet(sheetName);
    shiftRows(this, sheet, row, count);
    this.dispatch([{ sheet, range: { r1: row, c1: 0, r2: row + count - 1, c2: 16383 } }], "Unknown");
  }

  /** The user deletes `count` rows from 0-based row `row`. */
  userDeleteRows(sheetName: string, row: number, count = 1): void {
    const sheet = this.userSheet(sheetName);
    shiftRows(this, sheet, row, -count);
    this.dispatch([{ sheet, range: { r1: row, c1: 0, r2: row + count - 1, c2: 16383 } }], "Unknown");
  }

  userRenameSheet(sheetName: string, name: string): void {
    renameSheet(this, this.userSheet(sheetName), name);
  }

  userDeleteSheet(sheetName: string): void {
    deleteSheet(this, this.userSheet(sheetName));
  }

  /** The user writes (or, with null, deletes) the note of a cell. */
  userSetNote(sheetName: string, address: string, text: string | null): void {
    const sheet = this.userSheet(sheetName);
    if (text === null) sheet.notes.delete(address);
    else sheet.notes.set(address, text);
  }

  private userSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw invalidArgument(`Feuille inconnue : ${name}`);
    return sheet;
  }

  /**
   * The workbook closed and opened again: everything a file keeps (sheets with their ids, cells,
   * notes, threaded comments, names, document settings), nothing of the add-in's proxies.
   */
  reopened(): FakeWorkbook {
    const copy = new FakeWorkbook(this.name, { excelApi: this.excelApi, limits: this.limits });
    copy.structureProtected = this.structureProtected;
    copy.nextId = this.nextId;
    const sheets = new Map<FakeSheet, FakeSheet>();
    for (const sheet of this.sheets) {
      const out = new FakeSheet(sheet.id, sheet.name);
      out.visibility = sheet.visibility;
      Object.assign(out.protection, sheet.protection);
      out.merges.push(...sheet.merges.map((m) => ({ ...m })));
      sheet.notes.forEach((text, address) => out.notes.set(address, text));
      sheet.columnWidths.forEach((w, c) => out.columnWidths.set(c, w));
      for (const [key, cell] of sheet.entries()) out.setCell(keyRow(key), keyCol(key), { ...cell });
      copy.sheets.push(out);
      sheets.set(sheet, out);
    }
    for (const t of this.threads) copy.threads.push({ ...t, sheet: sheets.get(t.sheet) as FakeSheet });
    for (const n of this.names)
      copy.addName({ ...n, sheet: n.sheet ? (sheets.get(n.sheet) ?? null) : null, range: n.range && { ...n.range } });
    this.settings.forEach((v, k) => copy.settings.set(k, v));
    return copy;
  }

  private dispatch(written: { sheet: FakeSheet; range: Range }[], trigger: "Unknown" | "ThisLocalAddin"): void {
    if (written.length === 0 || this.handlers.size === 0) return;
    const withTrigger = this.isSetSupported("ExcelApi", "1.14");
    const handlers = [...this.handlers];
    const events: FakeChangedEvent[] = written.map(({ sheet, range }) => ({
      type: "WorksheetChanged",
      worksheetId: sheet.id,
      address: rangeAddress(range),
      changeType: "RangeEdited",
      source: "Local",
      ...(withTrigger ? { triggerSource: trigger } : {}),
    }));
    void Promise.resolve().then(async () => {
      for (const event of events) {
        for (const handler of handlers) {
          try {
            await handler(event);
          } catch {
            // Excel ignores a handler that fails.
          }
        }
      }
    });
  }
}
