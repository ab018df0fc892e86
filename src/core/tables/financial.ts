/** A financial table from its recognised header: extent, row kinds, groups, detection (SPEC §3). */
import { normalizeText } from "../parse/text";
import { FAMILIES_NOT_REPEATED } from "../referentiel/headers";
import { tidy } from "./cells";
import { detect } from "./detect";
import { Extent, RecognisedHeader, tableExtent } from "./extent";
import { base, Layout, readRow, RowRead } from "./financialRows";
import { BuildContext, columnsAt, frame, headerSpan, repeatedRows } from "./frame";
import { groupRows } from "./groups";
import { holdsMoney } from "./fiche/vocab";
import { inlinePairs } from "./fiche/lines";
import { FICHE_IN_TITLE } from "./labels";
import { FinancialRow, FinancialTable, TableColumn } from "./model";
import { isMoneyKey } from "./family";
import { SheetScan } from "./scan";

export type FinancialHeader = Extract<RecognisedHeader, { kind: "financial" }>;

/** The F5 block variant: « Prévisionnel / Réalisé » columns, one row per funder (no État / CD column). */
function isFunderBlock(header: FinancialHeader): boolean {
  return header.family === "F5" && !header.columns.some((c) => c.key === "etat" || c.key === "cd");
}

/**
 * A row that is no part of an F5 block and ends it (SPEC §2, « Budget blocks stacked under each
 * fiche title »): the next fiche's title, a header of amounts (« Budget Etat | Budget Département »,
 * « Prévisionnel | Exécuté »), a label / amount line (« Coût total de l'action : 90 000 € »). A
 * total row, or a funder whose amount is left empty, stays in the block.
 */
function endsFicheBlock(scan: SheetScan, row: number, moneyCols: readonly number[], kind: RowRead["kind"] | undefined): boolean {
  if (moneyCols.some((col) => holdsMoney(scan.sheet.get(row, col)))) return false;
  const texts = scan.texts(row);
  if (texts.some((t) => inlinePairs(t.raw).length > 0)) return true;
  if (kind === "total" || kind === "controle") return false;
  // no amount: a header (several texts), a title, or a text where the block's amounts are
  return texts.length >= 2 || texts.some((t) => moneyCols.includes(t.col) || ACTION_TITLE.test(scan.norm(t.raw)));
}

/** « Fiche 4 : … », « Fiche action n°4 », « Action 4 : … », « Mesure 3 – … »: the title of the next action. */
const ACTION_TITLE = new RegExp(`${FICHE_IN_TITLE.source}|^(?:action|mesure)\\s*(?:n\\s*°\\s*)?\\d`);

type RowReader = (row: number, cols: number[]) => RowRead | null;

/** Reads rows (from `first` on) once: the walk (where the table ends) and the row kinds share the readings. */
function rowReader(
  ctx: BuildContext,
  columns: readonly TableColumn[],
  span: [number, number],
  block: boolean,
  first: number,
): RowReader {
  const layouts = new Map<number[], Layout>();
  const memo: (RowRead | null | undefined)[] = [];
  return (row: number, cols: number[]): RowRead | null => {
    let read = memo[row - first];
    if (read === undefined) {
      let layout = layouts.get(cols);
      if (!layout) layouts.set(cols, (layout = new Layout(columns, cols, span)));
      memo[row - first] = read = readRow(ctx.scan, row, layout, block);
    }
    return read;
  };
}

/** F5: the fiche's figures sit under its title (« Fiche action n°3 : … »), which names the action. */
function withFicheTitle(rows: RowRead[], titles: readonly string[]): RowRead[] {
  const title = titles[titles.length - 1];
  if (title === undefined) return rows;
  const fiche = FICHE_IN_TITLE.exec(normalizeText(title))?.[1] ?? null;
  return rows.map((r) =>
    r.kind === "action" && r.title === null && !r.funder ? { ...r, title, fiche: r.fiche ?? fiche, label: title } : r,
  );
}

/** The distinct Chorus cells of the rows. */
function chorusTexts(rows: readonly FinancialRow[]): string[] {
  const texts = new Set<string>();
  for (const r of rows) if (r.chorus) texts.add(r.chorus.raw);
  return [...texts];
}

/** Rows below the header: repeated headers and their titles, then every row read with the columns in force. */
function readBody(ctx: BuildContext, header: FinancialHeader, extent: Extent, read: RowReader): RowRead[] {
  const colsAt = columnsAt(header, extent);
  const printed = repeatedRows(extent);
  const rows: RowRead[] = [];
  for (let r = header.mainRow + 1; r <= extent.end; r++) {
    let row: RowRead | null;
    if (printed.headers.has(r)) row = base(r, "header", "");
    else if (printed.titles.has(r)) row = base(r, "title", tidy(ctx.scan.texts(r)[0].raw));
    else row = read(r, colsAt(r));
    if (row) rows.push(row);
  }
  return rows;
}

/** Sheet columns (`cols`, in the table's column order) of the money columns. */
function moneyColsOf(header: FinancialHeader, cols: readonly number[]): number[] {
  return header.columns.flatMap((c, i) => (isMoneyKey(c.key) ? [cols[i]] : []));
}

export function buildFinancialTable(ctx: BuildContext, header: FinancialHeader): FinancialTable {
  const block = isFunderBlock(header);
  const [c1, c2] = headerSpan(header);
  const read = rowReader(ctx, header.columns, [c1, c2], block, header.mainRow + 1);
  const extent = tableExtent(ctx.scan, header, c1, c2, {
    repeatable: !FAMILIES_NOT_REPEATED.includes(header.family),
    closing: (row, cols) => {
      const kind = read(row, cols)?.kind;
      return kind === "total" || kind === "controle" ? kind : null;
    },
    compact:
      header.family === "F5"
        ? { stops: (row, cols) => endsFicheBlock(ctx.scan, row, moneyColsOf(header, cols), read(row, cols)?.kind) }
        : undefined,
  });
  const common = frame(ctx, header, extent);
  const rowsRead = readBody(ctx, header, extent, read);
  const body = header.family === "F5" ? withFicheTitle(rowsRead, common.titles) : rowsRead;
  const { rows, groups } = groupRows(
    body,
    header.columns.some((c) => c.key === "chorus"),
  );
  const found = detect(
    {
      family: header.family,
      titles: common.titles,
      columns: header.columns,
      axeLabels: [...new Set(groups.flatMap((g) => (g.axe === null ? [] : [g.axe])))],
      chorus: chorusTexts(rows),
    },
    ctx.settings,
  );
  return { kind: "financial", ...common, ...found, family: header.family, columns: header.columns, rows, groups };
}
