/**
 * The cells of one sheet as a table, like Excel's grid: column letters, row numbers, formatted
 * values, merged areas; markers for notes and commentaires, cells changed by VerifPacte and cells
 * with findings; the selected cell outlined and scrolled into view. The grid's CSS is in
 * workbench.html (plain classes: thousands of cells).
 */
import { memo, useEffect, useRef } from "react";
import { cellAddress, columnLetter, parseCellAddress } from "../../core/grid/address";
import { SEVERITY_LABEL } from "../../core/rules/types";
import type { SheetView, ViewCell } from "../sheetView";
import { TEXTES } from "../textes";

export interface GridProps {
  view: SheetView;
  selected: string | null;
  onSelect(address: string): void;
}

function tooltip(cell: ViewCell): string {
  const lines = [cell.address];
  if (cell.formula) lines.push(TEXTES.vue.formule(cell.formula));
  if (cell.note !== undefined) lines.push(TEXTES.vue.note(cell.note));
  if (cell.comment !== undefined) lines.push(TEXTES.vue.commentaire(cell.comment));
  if (cell.changed) lines.push(TEXTES.vue.corrigee);
  if (cell.severity) lines.push(TEXTES.vue.constat(SEVERITY_LABEL[cell.severity]));
  return lines.join("\n");
}

function classes(cell: ViewCell, selected: boolean, spills: boolean): string {
  const out = ["vp-cell", `vp-${cell.align}`];
  if (cell.bold) out.push("vp-bold");
  if (cell.wrap) out.push("vp-wrap");
  if (spills) out.push("vp-spill");
  if (cell.changed) out.push("vp-changed");
  if (cell.severity) out.push(`vp-${cell.severity}`);
  if (cell.note !== undefined) out.push("vp-note");
  if (cell.comment !== undefined) out.push("vp-comment");
  if (selected) out.push("vp-selected");
  return out.join(" ");
}

/** Text runs over empty neighbours on its right, as in Excel. */
function spills(cells: ViewCell[], i: number): boolean {
  const cell = cells[i];
  const next = cells[i + 1];
  return (
    cell.align === "left" &&
    !cell.wrap &&
    cell.text !== "" &&
    cell.colSpan === 1 &&
    (next === undefined || (next.text === "" && next.colSpan === 1))
  );
}

const Row = memo(function Row({
  cells,
  row,
  selected,
  onSelect,
}: {
  cells: ViewCell[];
  row: number;
  selected: string | null;
  onSelect(address: string): void;
}) {
  return (
    <tr>
      <th scope="row" className="vp-rowhead">
        {row + 1}
      </th>
      {cells.map((cell, i) => (
        <td
          key={cell.col}
          rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
          colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
          className={classes(cell, cell.address === selected, spills(cells, i))}
          title={tooltip(cell)}
          data-cell={cell.address}
          data-selected={cell.address === selected || undefined}
          onClick={() => onSelect(cell.address)}
        >
          {cell.text}
        </td>
      ))}
    </tr>
  );
});

const ROW_HEADER_WIDTH = 44;

const MOVES: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Arrow keys move the selection inside the drawn rows and columns. */
function moved(address: string, key: string, view: SheetView): string | null {
  const move = MOVES[key];
  const at = parseCellAddress(address);
  if (!move || !at) return null;
  const row = Math.min(Math.max(at.row + move[0], view.first), Math.max(view.last, view.first));
  const col = Math.min(Math.max(at.col + move[1], 0), Math.max(view.cols - 1, 0));
  return cellAddress(row, col);
}

export function Grid({ view, selected, onSelect }: GridProps) {
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!selected) return;
    const cell = scroller.current?.querySelector(`td[data-cell="${selected}"]`);
    cell?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [selected, view]);

  const letters = view.widths.map((_, col) => columnLetter(col));
  const tableWidth = view.widths.reduce((sum, width) => sum + width, ROW_HEADER_WIDTH);
  const selectedIn = (cells: ViewCell[]) => (cells.some((c) => c.address === selected) ? selected : null);
  return (
    <div
      ref={scroller}
      className="vp-scroller"
      role="region"
      aria-label={TEXTES.vue.grille(view.name)}
      aria-describedby="vp-barre-formule"
      tabIndex={0}
      onKeyDown={(event) => {
        const next = moved(selected ?? "A1", event.key, view);
        if (!next) return;
        event.preventDefault();
        onSelect(next);
      }}
    >
      <table className="vp-grid" aria-label={TEXTES.vue.grille(view.name)} style={{ width: tableWidth }}>
        <colgroup>
          <col style={{ width: ROW_HEADER_WIDTH }} />
          {view.widths.map((width, col) => (
            <col key={col} style={{ width }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <th className="vp-corner" aria-hidden="true" />
            {letters.map((letter) => (
              <th key={letter} scope="col" className="vp-colhead">
                {letter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.rows.map((cells, i) => (
            <Row key={view.first + i} row={view.first + i} cells={cells} selected={selectedIn(cells)} onSelect={onSelect} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
