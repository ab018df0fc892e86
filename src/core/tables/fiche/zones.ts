/**
 * Blocks of amounts that no family describes but that hold a row or a column labelled Total /
 * Sous-total / Ensemble (SPEC §3 F7: « every total equals its parts »): a « zone non reconnue »
 * whose totals and amounts are still checked, with the reason it was not recognised. Only blocks
 * that speak of the contract (its words in the block or the lines above, or funders in its lines)
 * are kept: the budget of another programme on a side sheet is none of our business.
 */
import { Range, columnLetter } from "../../grid/address";
import { normalizeText } from "../../parse/text";
import { SOUS_TOTAL_LABEL, TOTAL_HEADER, TOTAL_LABEL } from "../../referentiel/fiches";
import { CONTRACT_WORDS } from "../../referentiel/headers";
import { tidy } from "../cells";
import { extractYear } from "../headerCell";
import { MoneyGrid } from "../model";
import { SheetScan } from "../scan";
import { hasAnyTerm } from "../terms";
import { GridBuilder } from "./grid";
import { isPageMark } from "./marks";
import { funderOf, holdsMoney, phaseOf } from "./vocab";

/** Lines above a block searched for the contract's words. */
const TITLE_ROWS = 3;
const DEPARTEMENT = /(?:^|[^a-z])(?:departement|conseil departemental)(?![a-z])/;

export interface Zone {
  range: Range;
  grid: MoneyGrid;
  /** French reason it is a zone and not a recognised table. */
  reason: string;
}

function moneyCols(scan: SheetScan, row: number): number[] {
  const cols: number[] = [];
  // « Libellé | 2019 | 2020 | Total »: years of a header, not amounts
  if (scan.valueCount(row) === scan.yearCount(row) && scan.yearCount(row) > 0 && scan.textCount(row) > 0) return cols;
  for (let col = 0; col < scan.width; col++) {
    const cell = scan.sheet.get(row, col);
    if (holdsMoney(cell)) cols.push(col);
  }
  return cols;
}

function isTotalText(norm: string): boolean {
  return TOTAL_LABEL.test(norm) || SOUS_TOTAL_LABEL.test(norm);
}

/** The contract's parties named in a line label: the State or the département (not « départemental »). */
const PARTIES = /\betat\b|\bfapi\b|\bfalpae\b|(?:^|[^a-z])(?:departement|conseil departemental)(?![a-z])/;

/** The contract's words in the block's first row or the title lines above it, or its parties in the labels of its lines. */
function speaksOfContract(scan: SheetScan, top: number, labels: readonly string[], isFree: (row: number) => boolean): boolean {
  for (let r = top; r >= Math.max(0, top - TITLE_ROWS) && (r === top || isFree(r)); r--) {
    if (scan.texts(r).some((t) => t.raw.length <= 300 && contractText(normalizeText(t.raw)))) return true;
  }
  return labels.some((l) => l.length <= 60 && PARTIES.test(normalizeText(l)));
}

function contractText(norm: string): boolean {
  return hasAnyTerm(norm, CONTRACT_WORDS) || DEPARTEMENT.test(norm);
}

function rowList(first: number, last: number): string {
  return first === last ? `ligne ${first + 1}` : `lignes ${first + 1} à ${last + 1}`;
}

/** A zone starting at `row`, or null. `end` is its last row. */
export function readZone(scan: SheetScan, row: number, isFree: (row: number) => boolean): { zone: Zone; end: number } | null {
  const block: number[] = [];
  for (let r = row; r < scan.rowCount && isFree(r); r++) {
    if (isPageMark(scan, r)) continue;
    if (scan.isBlank(r)) break;
    block.push(r);
  }
  if (block.length < 2) return null;
  const blockMoney = block.map((r) => moneyCols(scan, r));
  // title lines above the header belong to the block but not to the zone
  const firstMoney = blockMoney.findIndex((cols) => cols.length > 0);
  if (firstMoney < 0) return null;
  const from = Math.max(0, firstMoney - 1);
  const rows = block.slice(from);
  const money = blockMoney.slice(from);
  const header = money[0].length === 0 ? rows[0] : null;
  const moneyOf = new Map<number, number[]>();
  rows.forEach((r, i) => money[i].length > 0 && moneyOf.set(r, money[i]));
  const body = [...moneyOf.keys()];
  if (body.length < 2) return null;
  const labelOf = (r: number): string => {
    const firstCol = moneyOf.get(r)![0];
    const texts = scan.texts(r);
    return (texts.find((t) => t.col < firstCol) ?? texts[0])?.raw ?? "";
  };
  const totalLines = body.filter((r) => isTotalText(normalizeText(labelOf(r))));
  const cols = [...new Set(money.flat())].sort((a, b) => a - b);
  const headerText = (col: number) => (header === null ? "" : (scan.text(header, col) ?? ""));
  const totalCols = cols.filter((c) => TOTAL_HEADER.test(normalizeText(headerText(c))));
  if (totalLines.length === 0 && totalCols.length === 0) return null;
  if (!speaksOfContract(scan, rows[0], body.map(labelOf), isFree)) return null;
  const builder = new GridBuilder(
    cols.map((col) => {
      const text = headerText(col);
      const norm = normalizeText(text);
      return {
        col,
        header: tidy(text),
        year: extractYear(text),
        phase: phaseOf(norm),
        funder: funderOf(norm),
        total: TOTAL_HEADER.test(norm),
      };
    }),
  );
  for (const r of body) builder.addLine(r, tidy(labelOf(r)), moneyOf.get(r)!);
  const last = rows[rows.length - 1];
  let c1 = cols[0];
  for (const r of rows) for (const t of scan.texts(r)) c1 = Math.min(c1, t.col);
  const range: Range = { r1: rows[0], c1, r2: last, c2: cols[cols.length - 1] };
  const what =
    totalLines.length > 0
      ? `une ligne « ${tidy(labelOf(totalLines[0]))} »`
      : `une colonne « ${tidy(headerText(totalCols[0]))} » (colonne ${columnLetter(totalCols[0])})`;
  const reason =
    `Zone non reconnue (${rowList(rows[0], last)}) : des montants avec ${what}, mais ni l'en-tête d'un modèle, ni des années, ` +
    `ni des financeurs (État, Département) reconnus. Seuls ses totaux et l'écriture de ses montants sont contrôlés ; ` +
    `associez les colonnes à la main si ce tableau doit être contrôlé entièrement.`;
  return { zone: { range, grid: builder.grid(), reason }, end: last };
}
