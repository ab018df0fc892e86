/**
 * The F7 tables of a sheet (SPEC §3 F7), read after the template families F1–F6 and I1–I3 on the
 * rows they left free: tables with a header (a fiche's budget by year, « Budget Etat | Budget
 * Département », amounts per axe or action), label / amount lines, then the blocks of amounts
 * with a total that nothing describes (zones non reconnues, still checked). A header-like row
 * reported as unmapped that one of these families reads is recognised after all.
 */
import { Workbook } from "../../grid/model";
import { dispositifInfo } from "../../referentiel/dispositifs";
import { Settings } from "../../settings";
import { BuildContext } from "../frame";
import { BudgetTable, Table, UnmappedRegion } from "../model";
import { SheetScan } from "../scan";
import { readHeadedTable } from "./headed";
import { readLineTable } from "./lines";
import { isPageMark } from "./marks";
import { budgetTable, GridDraft } from "./table";
import { readZone } from "./zones";

export { splitAnnex } from "./annex";
export { isPageMark } from "./marks";

/** What the sheet's recognition shares with this step. */
export interface SheetWork {
  readonly workbook: Workbook;
  readonly scan: SheetScan;
  readonly settings: Settings;
  readonly tables: Table[];
  readonly unmapped: UnmappedRegion[];
  isClaimed(row: number): boolean;
  /** First row below the tables that end above `row`. */
  floor(row: number): number;
  claim(r1: number, r2: number): void;
}

function context(s: SheetWork, row: number): BuildContext {
  return { workbook: s.workbook, scan: s.scan, settings: s.settings, floor: s.floor(row) };
}

function addTable(s: SheetWork, draft: GridDraft): BudgetTable {
  const table = budgetTable(context(s, draft.range.r1), draft);
  s.tables.push(table);
  s.claim(draft.range.r1, draft.range.r2);
  return table;
}

/** Unmapped header rows inside a recognised table are recognised after all. */
function dropRecognised(s: SheetWork): void {
  const inside = (row: number | null) =>
    row !== null &&
    s.tables.some((t) => t.kind === "budget" && t.sheet === s.scan.sheet && row >= t.range.r1 && row <= t.range.r2);
  for (let i = s.unmapped.length - 1; i >= 0; i--)
    if (s.unmapped[i].sheet === s.scan.sheet && inside(s.unmapped[i].headerRow)) s.unmapped.splice(i, 1);
}

function addZones(s: SheetWork): void {
  const free = (row: number) => !s.isClaimed(row);
  for (let r = 0; r < s.scan.rowCount; r++) {
    if (s.isClaimed(r) || s.scan.isBlank(r) || isPageMark(s.scan, r)) continue;
    // a zone is a whole block: it starts below a blank row (or a table, or a page mark)
    if (r > 0 && free(r - 1) && !s.scan.isBlank(r - 1) && !isPageMark(s.scan, r - 1)) continue;
    const found = readZone(s.scan, r, free);
    if (!found) continue;
    const { zone } = found;
    // the header-like row read as unmapped comes last (after the user's mappings that failed)
    const known = [...s.unmapped]
      .reverse()
      .find(
        (u) => u.sheet === s.scan.sheet && u.headerRow !== null && u.headerRow >= zone.range.r1 && u.headerRow <= zone.range.r2,
      );
    const region = { range: zone.range, grid: zone.grid };
    if (known) {
      known.zone = region;
      known.reason = `${known.reason} Seuls ses totaux et l'écriture de ses montants sont contrôlés.`;
    } else
      s.unmapped.push({ workbook: s.workbook, sheet: s.scan.sheet, headerRow: zone.range.r1, reason: zone.reason, zone: region });
    s.claim(zone.range.r1, zone.range.r2);
    r = found.end;
  }
}

/**
 * An F7–F11 table that names no dispositif (a fiche's budget far from any title) takes the one
 * every other table of its workbook agrees on: a convention is about one dispositif.
 */
export function completeFromWorkbook(tables: readonly Table[]): void {
  for (const table of tables) {
    if (table.kind !== "budget" || table.dispositif !== null) continue;
    const others = new Set(tables.filter((t) => t.workbook === table.workbook && t.dispositif !== null).map((t) => t.dispositif));
    if (others.size !== 1) continue;
    const [dispositif] = [...others];
    table.dispositif = dispositif;
    table.detection = table.detection.replace(
      "dispositif non déterminé",
      `${dispositifInfo(dispositif!).label} d'après les autres tableaux du classeur`,
    );
  }
}

/** Adds the sheet's F7 tables and zones to `s` (after its F1–F6 / I1–I3 tables). */
export function addBudgetTables(s: SheetWork): void {
  const free = (row: number) => !s.isClaimed(row);
  for (let r = 0; r < s.scan.rowCount; r++) {
    if (s.isClaimed(r) || s.scan.isBlank(r) || isPageMark(s.scan, r)) continue;
    const found = readHeadedTable(s.scan, r, free) ?? readLineTable(s.scan, r, free);
    if (!found) continue;
    addTable(s, found.draft);
    r = found.end;
  }
  dropRecognised(s);
  addZones(s);
}
