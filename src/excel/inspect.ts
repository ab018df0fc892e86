/**
 * Before writing: what the target cells hold now (to journal it and show « avant → après ») and
 * whether Excel would refuse the write (protected sheet with locked cells, notes on a protected
 * sheet, sheets added to a protected workbook). Nothing is written when anything would fail.
 */
import { cellAddress, parseCellAddress, rangeAddress } from "../core/grid/address";
import { CellValue } from "../core/grid/model";
import { RANGE_PROPERTIES, ReadBlock, splitRows, writeRectangles } from "./blocks";
import { Capabilities } from "./host";
import { SheetInfo, Structure, findSheet, placeKey } from "./structure";
import { OfficeScalar, coreValue, formulaOf } from "./values";

export interface Place {
  sheet: string;
  /** Normalised A1 address. */
  cell: string;
  row: number;
  col: number;
}

export interface CellState {
  value: CellValue;
  formula?: string;
  numberFormat: string;
  /** Locked on a protected sheet (writing would be refused). */
  locked: boolean;
}

export function placeOf(sheet: string, cell: string): Place | null {
  const at = parseCellAddress(cell);
  return at ? { sheet, cell: cellAddress(at.row, at.col), ...at } : null;
}

/** Places grouped by sheet (exact names as Excel gives them). */
function bySheet(structure: Structure, places: Place[]): Map<SheetInfo, Place[]> {
  const out = new Map<SheetInfo, Place[]>();
  for (const place of places) {
    const info = findSheet(structure, place.sheet);
    if (!info) continue;
    const list = out.get(info);
    if (list) list.push(place);
    else out.set(info, [place]);
  }
  return out;
}

/** A rectangle of target cells of one sheet, read in one request. */
export interface StateBlock extends ReadBlock {
  info: SheetInfo;
  cells: Place[];
}

/** The places as rectangles, sheet by sheet (places on missing sheets are left out). */
export function stateBlocks(structure: Structure, places: Place[]): StateBlock[] {
  return [...bySheet(structure, places)].flatMap(([info, list]) =>
    writeRectangles(list).map(({ range, cells }) => ({ sheet: info.name, info, range, cells })),
  );
}

export function splitStateBlock(block: StateBlock): [StateBlock, StateBlock] | null {
  const parts = splitRows(block);
  if (!parts) return null;
  const part = (p: ReadBlock): StateBlock => ({
    ...block,
    range: p.range,
    cells: block.cells.filter((c) => c.row >= p.range.r1 && c.row <= p.range.r2),
  });
  return [part(parts[0]), part(parts[1])];
}

/** Locked states of a block on a protected sheet: cell by cell (ExcelApi 1.9), else one load per cell. */
function queueLocked(caps: Capabilities, block: StateBlock): (place: Place) => boolean {
  const { info, range } = block;
  if (!info.protected) return () => false;
  if (caps.cellProperties) {
    const props = info.worksheet.getRange(rangeAddress(range)).getCellProperties({ format: { protection: true } });
    return (p) => props.value[p.row - range.r1][p.col - range.c1].format?.protection?.locked !== false;
  }
  const formats = new Map(block.cells.map((p) => [p, info.worksheet.getRange(p.cell).format.protection.load("locked")]));
  return (p) => formats.get(p)?.locked !== false;
}

/** Queues the reads of a block's contents and locked states; the consumer puts them into `into`. */
export function queueStates(caps: Capabilities, block: StateBlock, into: Map<string, CellState>): () => void {
  const { range } = block;
  const locked = queueLocked(caps, block);
  const loaded = block.info.worksheet.getRange(rangeAddress(range)).load(RANGE_PROPERTIES);
  return () => {
    for (const p of block.cells) {
      const [i, j] = [p.row - range.r1, p.col - range.c1];
      const value = loaded.values[i][j] as OfficeScalar;
      const type = loaded.valueTypes[i][j];
      const formula = formulaOf(loaded.formulas[i][j] as OfficeScalar, value, type);
      const state: CellState = {
        value: coreValue(value, type),
        numberFormat: String(loaded.numberFormat[i][j]),
        locked: locked(p),
      };
      if (formula !== undefined) state.formula = formula;
      into.set(placeKey(p.sheet, p.cell), state);
    }
  };
}

const NOTHING_DONE = "Aucune modification n'a été faite.";

function cellList(places: Place[]): string {
  const names = [...new Set(places.map((p) => p.cell))];
  return names.length > 5 ? `${names.slice(0, 5).join(", ")}…` : names.join(", ");
}

export interface WriteTargets {
  /** Every sheet the plan names (a sheet renamed since the analysis is missing). */
  sheets: string[];
  cells: Place[];
  /** Cells receiving a note or threaded comment. */
  annotations: Place[];
  /** Sheets of the add-in that must be created (journal, « Contrôles VerifPacte »). */
  newSheets: string[];
}

/** French reason why Excel would refuse part of the writes, or null. */
export function blockedReason(structure: Structure, targets: WriteTargets, states: Map<string, CellState>): string | null {
  const missing = targets.sheets.find((name) => !findSheet(structure, name));
  if (missing !== undefined)
    return `La feuille « ${missing} » n'existe plus (renommée ou supprimée ?) : relancez l'analyse. ${NOTHING_DONE}`;
  const reasons: string[] = [];
  for (const [info, places] of bySheet(structure, targets.cells)) {
    const locked = places.filter((p) => states.get(placeKey(p.sheet, p.cell))?.locked);
    if (locked.length > 0) {
      reasons.push(
        `La feuille « ${info.name} » est protégée et ${locked.length > 1 ? `ses cellules ${cellList(locked)} sont verrouillées` : `sa cellule ${locked[0].cell} est verrouillée`}.`,
      );
    }
  }
  for (const [info] of bySheet(structure, targets.annotations)) {
    if (info.protected && !info.allowEditObjects) {
      reasons.push(`La feuille « ${info.name} » est protégée : les notes et commentaires ne peuvent pas y être ajoutés.`);
    }
  }
  if (reasons.length > 0) {
    return `${reasons.join(" ")} Ôtez la protection (onglet Révision > Ôter la protection de la feuille), puis recommencez. ${NOTHING_DONE}`;
  }
  const created = targets.newSheets.find((name) => !findSheet(structure, name));
  if (created !== undefined && structure.structureProtected) {
    return (
      `La structure du classeur est protégée : VerifPacte ne peut pas y ajouter sa feuille « ${created} ». ` +
      `Ôtez la protection du classeur (onglet Révision > Protéger le classeur), puis recommencez. ${NOTHING_DONE}`
    );
  }
  return null;
}
