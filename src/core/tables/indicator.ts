/**
 * An indicator table from its recognised header (SPEC §4): axe rows, indicator rows with their
 * action filled down (« Action N : … » in the first column of its first indicator row), kinds
 * from the labels, « Dont … » rows linked to their parent indicator.
 */
import { normalizeText } from "../parse/text";
import { shownLabel, ShownLabel, tidy } from "./cells";
import { detect } from "./detect";
import { RecognisedHeader, tableExtent } from "./extent";
import { isValueRole } from "./family";
import { isPageMark } from "./fiche/marks";
import { BuildContext, columnsAt, frame, headerSpan, repeatedRows } from "./frame";
import { ACTION_MARKER, DONT, INDICATOR_AXE, INDICATOR_KINDS, INLINE_DONT } from "./labels";
import { IndicatorColumn, IndicatorKind, IndicatorRow, IndicatorTable } from "./model";

export type IndicatorHeader = Extract<RecognisedHeader, { kind: "indicator" }>;

/** Kind of an indicator from its label; a « Dont … » row without its own clue takes its parent's. */
export function indicatorKind(norm: string, parent: IndicatorKind | null): IndicatorKind {
  const text = norm.replace(DONT, "").trim();
  const kind = INDICATOR_KINDS.find(([re]) => re.test(text))?.[1] ?? "other";
  return kind === "other" && parent ? parent : kind;
}

interface Walker {
  action: string | null;
  actionOrigin: string | null;
  /** Last indicator that is not a « dont » (parent of the next « dont » rows). */
  parent: IndicatorRow | null;
}

function columnAt(columns: readonly IndicatorColumn[], cols: number[], role: IndicatorColumn["role"]): number | undefined {
  const i = columns.findIndex((c) => c.role === role);
  return i < 0 ? undefined : cols[i];
}

/**
 * A row without indicator nor value: an axe row (« Axe … », or a text alone outside the action
 * column), or an action written on a row of its own (no row then, the action is filled down).
 */
function labelOnlyRow(ctx: BuildContext, row: number, action: ShownLabel | null, w: Walker): IndicatorRow | null {
  const first = ctx.scan.texts(row)[0];
  const text = action?.own ? action.text : first ? tidy(first.raw) : null;
  if (!text) return null;
  const norm = normalizeText(text);
  if (INDICATOR_AXE.test(norm) || (!action?.own && !ACTION_MARKER.test(norm))) {
    Object.assign(w, { action: null, actionOrigin: null, parent: null });
    return { row, kind: "axe", action: null, label: text, indicatorKind: "other", parentRow: null, inlineDont: false };
  }
  Object.assign(w, { action: text, actionOrigin: `${row}:${action?.col ?? first.col}`, parent: null });
  return null;
}

function indicatorRow(row: number, label: string, w: Walker): IndicatorRow {
  const norm = normalizeText(label);
  const dont = DONT.test(norm);
  const parent = dont ? w.parent : null;
  const out: IndicatorRow = {
    row,
    kind: "indicator",
    action: w.action,
    label,
    indicatorKind: indicatorKind(norm, parent?.indicatorKind ?? null),
    parentRow: parent?.row ?? null,
    inlineDont: !dont && INLINE_DONT.test(norm),
  };
  if (!dont) w.parent = out;
  return out;
}

/** The row's indicator, axe or action label; null for a row that adds nothing. */
function readIndicatorRow(
  ctx: BuildContext,
  header: IndicatorHeader,
  row: number,
  cols: number[],
  w: Walker,
): IndicatorRow | null {
  const sheet = ctx.scan.sheet;
  const labelCol = columnAt(header.columns, cols, "indicateur")!;
  const label = shownLabel(sheet, row, labelCol);
  const ownLabel = label && label.col === labelCol && label.own ? label.text : null;
  const hasValues = header.columns.some((c, i) => isValueRole(c.role) && ctx.scan.hasContent(row, cols[i], cols[i]));
  const action = shownLabel(sheet, row, columnAt(header.columns, cols, "action"));
  if (!ownLabel && !hasValues) return labelOnlyRow(ctx, row, action, w);
  const actionOrigin = action ? `${action.row}:${action.col}` : null;
  if (action && actionOrigin !== w.actionOrigin) Object.assign(w, { action: action.text, actionOrigin, parent: null });
  return indicatorRow(row, ownLabel ?? "", w);
}

export function buildIndicatorTable(ctx: BuildContext, header: IndicatorHeader): IndicatorTable {
  const [c1, c2] = headerSpan(header);
  const extent = tableExtent(ctx.scan, header, c1, c2, { repeatable: true, closing: () => null });
  const colsAt = columnsAt(header, extent);
  const printed = repeatedRows(extent);
  const walker: Walker = { action: null, actionOrigin: null, parent: null };
  const rows: IndicatorRow[] = [];
  for (let r = header.mainRow + 1; r <= extent.end; r++) {
    if (printed.titles.has(r) || isPageMark(ctx.scan, r)) continue;
    const row = printed.headers.has(r)
      ? {
          row: r,
          kind: "header" as const,
          action: null,
          label: "",
          indicatorKind: "other" as const,
          parentRow: null,
          inlineDont: false,
        }
      : readIndicatorRow(ctx, header, r, colsAt(r), walker);
    if (row) rows.push(row);
  }
  const common = frame(ctx, header, extent);
  const found = detect(
    {
      family: header.family,
      titles: common.titles,
      columns: header.columns.map((c) => ({ ...c, key: c.role })),
      axeLabels: [],
      chorus: [],
    },
    ctx.settings,
  );
  return { kind: "indicator", ...common, ...found, family: header.family, columns: header.columns, rows };
}
