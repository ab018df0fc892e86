/**
 * The core's « Contrôles » rows (src/core/report/controles.ts) as a sheet written whole into the
 * copy: bold header, severities in colour, cells as internal links, widths fitted to the text,
 * header frozen and filtered.
 */
import type { ControlesSheet } from "../core/report/controles";
import type { Severity } from "../core/rules/types";
import { CellEdit, WholeSheet } from "./patch/edits";

const SEVERITY_COLOR: Record<Severity, string> = { error: "#C00000", warning: "#B45F06", info: "#1F6FB2" };
const LINK_COLOR = "#0563C1";
const MIN_WIDTH = 8;
const MAX_WIDTH = 70;

export function controlesWholeSheet(report: ControlesSheet): WholeSheet {
  const width = report.rows[report.headerRow]?.length ?? 0;
  const widths = new Map<number, number>();
  const wrapped = new Set<number>();
  for (let c = 0; c < width; c++) {
    const longest = Math.max(0, ...report.rows.slice(report.headerRow).map((cells) => (cells[c] ?? "").length));
    widths.set(c, Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, longest + 2)));
    if (longest + 2 > MAX_WIDTH) wrapped.add(c);
  }
  const severities = new Map(report.findingRows.map((f) => [f.row, f.severity]));
  const links = new Map(report.links.map((l) => [`${l.row}:${l.col}`, l.target]));
  const cells: CellEdit[] = [];
  report.rows.forEach((row, r) => {
    row.forEach((text, c) => {
      if (text === "") return;
      const cell: CellEdit = { row: r, col: c, content: { kind: "value", value: text } };
      const severity = severities.get(r);
      const link = links.get(`${r}:${c}`);
      if (r === report.headerRow) cell.style = { bold: true };
      else if (severity && c === 0) cell.style = { bold: true, color: SEVERITY_COLOR[severity] };
      else if (link) cell.style = { color: LINK_COLOR };
      if (link) cell.link = link;
      if (wrapped.has(c) && r > report.headerRow) cell.style = { ...cell.style, wrap: true };
      cells.push(cell);
    });
  });
  const last = report.rows.length;
  const header = report.headerRow + 1;
  return {
    name: report.name,
    cells,
    widths,
    freezeRows: header,
    autoFilter: width > 0 ? `A${header}:${String.fromCharCode(64 + width)}${Math.max(last, header)}` : undefined,
  };
}
