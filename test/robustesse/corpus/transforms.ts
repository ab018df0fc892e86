/**
 * Metamorphic variants of the corpus (issue 7): the same workbooks saved without cached formula
 * results, with title rows above, with empty columns inserted, with other spellings of their
 * headers, with a page break and the header printed again inside a table. Each variant says where
 * every cell went, so that the expected findings can be followed to their new cells.
 */
import {
  cellAddress,
  columnIndex,
  columnLetter,
  parseCellAddress,
  parseRangeAddress,
  rangeAddress,
} from "../../../src/core/grid/address";
import { parseFormula } from "../../../src/core/formula/parse";
import { printNode } from "../../../src/core/formula/print";
import { formatReference } from "../../../src/core/formula/refText";
import { CellInput } from "../../../examples/build/types";
import { CorpusFinding, CorpusSheet, CorpusWorkbook } from "./types";

export interface Variant {
  name: string;
  /** The workbooks changed. */
  apply(workbooks: readonly CorpusWorkbook[]): CorpusWorkbook[];
  /** Where a cell of the original went (sheet name, A1 address). */
  moved(sheet: string, cell: string): string;
}

// ------------------------------------------------------------------ cells and formulas

function isFormula(input: CellInput): input is string {
  return typeof input === "string" && input.startsWith("=");
}

/** The formula with its references moved: rows ≥ fromRow by `rows`, columns ≥ fromCol by `cols` (0-based). */
function shiftFormula(formula: string, sheet: string, at: { row: number; rows: number } | { col: number; cols: number }): string {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(`formule illisible dans le corpus : ${formula}`);
  return `=${printNode(parsed.ast, (ref) => {
    if (ref.sheet !== null && ref.sheet !== sheet) return formatReference(ref);
    const moved = { ...ref };
    if ("row" in at) {
      if (moved.r1 >= at.row) moved.r1 += at.rows;
      if (moved.r2 >= at.row) moved.r2 += at.rows;
    } else {
      if (moved.c1 >= at.col) moved.c1 += at.cols;
      if (moved.c2 >= at.col) moved.c2 += at.cols;
    }
    return formatReference(moved);
  })}`;
}

function mapCell(input: CellInput, f: (formula: string) => string): CellInput {
  if (isFormula(input)) return f(input);
  if (input && typeof input === "object" && "formule" in input) return { ...input, formule: f(input.formule) };
  return input;
}

function mapRange(range: string, cell: (a: string) => string): string {
  const r = parseRangeAddress(range);
  if (!r) throw new Error(`plage invalide : ${range}`);
  const a = parseCellAddress(cell(cellAddress(r.r1, r.c1)))!;
  const b = parseCellAddress(cell(cellAddress(r.r2, r.c2)))!;
  return rangeAddress({ r1: a.row, c1: a.col, r2: b.row, c2: b.col });
}

function mapKeys<V>(record: Record<string, V> | undefined, key: (k: string) => string): Record<string, V> | undefined {
  return record && Object.fromEntries(Object.entries(record).map(([k, v]) => [key(k), v]));
}

// ------------------------------------------------------------------ insertions

/** Rows inserted before Excel row `before` (1-based): `rows` of cells. */
function insertRows(sheet: CorpusSheet, before: number, inserted: CellInput[][]): CorpusSheet {
  const k = inserted.length;
  const shiftRow = (r: number) => (r >= before ? r + k : r);
  const cell = (a: string) => {
    const p = parseCellAddress(a)!;
    return cellAddress(shiftRow(p.row + 1) - 1, p.col);
  };
  const formula = (f: string) => shiftFormula(f, sheet.name, { row: before - 1, rows: k });
  const rows: Record<number, CellInput[]> = {};
  for (const [r, cells] of Object.entries(sheet.rows)) rows[shiftRow(Number(r))] = cells.map((c) => mapCell(c, formula));
  inserted.forEach((cells, i) => (rows[before + i] = cells));
  return {
    ...sheet,
    rows,
    merges: sheet.merges?.map((m) => mapRange(m, cell)),
    notes: mapKeys(sheet.notes, cell),
    headerRows: sheet.headerRows?.map(shiftRow),
    boldRows: sheet.boldRows?.map(shiftRow),
    sautsDePage: sheet.sautsDePage?.map(shiftRow),
  };
}

/** An empty column inserted at `col` (0-based): what was there and to its right moves right. */
function insertColumn(sheet: CorpusSheet, col: number): CorpusSheet {
  const shiftCol = (c: number) => (c >= col ? c + 1 : c);
  const cell = (a: string) => {
    const p = parseCellAddress(a)!;
    return cellAddress(p.row, shiftCol(p.col));
  };
  const letters = (spec: string) =>
    spec
      .split(":")
      .map((l) => columnLetter(shiftCol(columnIndex(l))))
      .join(":");
  const formula = (f: string) => shiftFormula(f, sheet.name, { col, cols: 1 });
  const rows: Record<number, CellInput[]> = {};
  for (const [r, cells] of Object.entries(sheet.rows)) {
    const moved = cells.map((c) => mapCell(c, formula));
    rows[Number(r)] = moved.length > col ? [...moved.slice(0, col), null, ...moved.slice(col)] : moved;
  }
  return {
    ...sheet,
    rows,
    formats: mapKeys(sheet.formats, letters),
    widths: mapKeys(sheet.widths, letters),
    merges: sheet.merges?.map((m) => mapRange(m, cell)),
    notes: mapKeys(sheet.notes, cell),
  };
}

// ------------------------------------------------------------------ variants

function perSheet(workbooks: readonly CorpusWorkbook[], f: (s: CorpusSheet) => CorpusSheet): CorpusWorkbook[] {
  return workbooks.map((w) => ({ ...w, sheets: w.sheets.map(f) }));
}

const unmoved = (_sheet: string, cell: string) => cell;

/** Every formula saved without a cached result, as tools other than Excel save them (SPEC §2). */
export const sansCache: Variant = {
  name: "formules enregistrées sans résultat",
  apply: (wbs) =>
    perSheet(wbs, (s) => ({
      ...s,
      rows: Object.fromEntries(
        Object.entries(s.rows).map(([r, cells]) => [
          r,
          cells.map((c) => (isFormula(c) ? { formule: c, sansResultat: true as const } : c)),
        ]),
      ),
    })),
  moved: unmoved,
};

const TITLES: CellInput[][] = [["Document de travail - ne pas diffuser"], ["Version transmise à la DDETS le 14/03/2023"]];

/** Two title lines above everything. */
export const lignesDeTitre: Variant = {
  name: "deux lignes de titre ajoutées en haut",
  apply: (wbs) => perSheet(wbs, (s) => insertRows(s, 1, TITLES)),
  moved: (_sheet, cell) => {
    const p = parseCellAddress(cell)!;
    return cellAddress(p.row + TITLES.length, p.col);
  },
};

/** An empty column A: every table one column to the right. */
export const colonneVideAGauche: Variant = {
  name: "colonne vide insérée en A",
  apply: (wbs) => perSheet(wbs, (s) => insertColumn(s, 0)),
  moved: (_sheet, cell) => {
    const p = parseCellAddress(cell)!;
    return cellAddress(p.row, p.col + 1);
  },
};

/** The column of a sheet's last header cell, where an empty column goes in the middle of the table; null without header. */
function lastHeaderColumn(sheet: CorpusSheet): number | null {
  const row = sheet.headerRows?.[0];
  const cells = row === undefined ? undefined : sheet.rows[row];
  if (!cells) return null;
  const last = cells.reduce<number>((at, c, i) => (typeof c === "string" && c.trim() !== "" ? i : at), -1);
  return last > 0 ? last : null;
}

/** An empty column inside each table, before its last column (a hidden or emptied column). */
export function colonneVideDansLeTableau(workbooks: readonly CorpusWorkbook[]): Variant {
  const at = new Map(workbooks.flatMap((w) => w.sheets.map((s) => [s.name, lastHeaderColumn(s)] as const)));
  return {
    name: "colonne vide insérée dans le tableau, avant sa dernière colonne",
    apply: (wbs) => perSheet(wbs, (s) => (at.get(s.name) == null ? s : insertColumn(s, at.get(s.name)!))),
    moved: (sheet, cell) => {
      const col = at.get(sheet);
      const p = parseCellAddress(cell)!;
      return col == null || p.col < col ? cell : cellAddress(p.row, p.col + 1);
    },
  };
}

/** « État » → « ETAT », « Intitulé » → « INTITULE »: capitals, no accents. */
function capitals(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase();
}

/** A line break after the first word, double spaces elsewhere, « Etat » for « État ». */
function typed(text: string): string {
  return text.replace(/État/g, "Etat").replace(" ", "\n").replace(/ /g, "  ");
}

function headerSpelling(name: string, spell: (text: string) => string): Variant {
  return {
    name,
    apply: (wbs) =>
      perSheet(wbs, (s) => {
        const rows = { ...s.rows };
        for (const r of s.headerRows ?? []) rows[r] = rows[r].map((c) => (typeof c === "string" && !isFormula(c) ? spell(c) : c));
        return { ...s, rows };
      }),
    moved: unmoved,
  };
}

export const entetesEnCapitales = headerSpelling("en-têtes en capitales sans accents", capitals);
export const entetesRetapes = headerSpelling("en-têtes retapés (retours à la ligne, espaces doubles, « Etat »)", typed);

/** Before each of the sheet's `sautsDePage` rows: the sheet's first line and its header printed again. */
export function sautDePage(workbooks: readonly CorpusWorkbook[]): Variant {
  /** Per sheet, the break rows in the original and how many rows each inserts. */
  const breaks = new Map<string, { before: number; rows: number }[]>();
  const repeated = (s: CorpusSheet): CellInput[][] => [
    [...(s.rows[1] ?? [])].map((c) => (isFormula(c) ? null : c)),
    ...(s.headerRows ?? []).map((r) => s.rows[r]),
  ];
  for (const w of workbooks) {
    for (const s of w.sheets)
      if (s.sautsDePage?.length && s.headerRows?.length)
        breaks.set(
          s.name,
          s.sautsDePage.map((before) => ({ before, rows: repeated(s).length })),
        );
  }
  return {
    name: "saut de page : titre et en-tête répétés dans le tableau",
    apply: (wbs) =>
      perSheet(wbs, (s) => {
        let out = s;
        // From the bottom up, so that each break row is still where the description says.
        for (const { before } of [...(breaks.get(s.name) ?? [])].sort((a, b) => b.before - a.before))
          out = insertRows(out, before, repeated(s));
        return out;
      }),
    moved: (sheet, cell) => {
      const p = parseCellAddress(cell)!;
      const shift = (breaks.get(sheet) ?? []).filter((b) => p.row + 1 >= b.before).reduce((n, b) => n + b.rows, 0);
      return cellAddress(p.row + shift, p.col);
    },
  };
}

/** Every variant of the corpus's workbooks. */
export function variantsOf(workbooks: readonly CorpusWorkbook[]): Variant[] {
  return [
    sansCache,
    lignesDeTitre,
    colonneVideAGauche,
    colonneVideDansLeTableau(workbooks),
    entetesEnCapitales,
    entetesRetapes,
    sautDePage(workbooks),
  ];
}

/** The expected findings, at their cells in the variant. */
export function movedFindings(expected: readonly CorpusFinding[], variant: Variant): Omit<CorpusFinding, "why">[] {
  return expected.map(({ why: _why, ...f }) => ({ ...f, cell: variant.moved(f.sheet, f.cell) }));
}
