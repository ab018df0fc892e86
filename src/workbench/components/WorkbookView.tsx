/** The left side of the workbench: formula bar, grid of the sheet shown, sheet tabs, legend. */
import { useMemo } from "react";
import type { Analysis } from "../../core/engine/analyze";
import { parseCellAddress } from "../../core/grid/address";
import type { OpenedWorkbook } from "../open";
import { sheetView, visibleSheets } from "../sheetView";
import { TEXTES } from "../textes";
import type { Selection } from "../useWorkbench";
import { FormulaBar } from "./FormulaBar";
import { Grid } from "./Grid";
import { Legend } from "./Legend";
import { SheetTabs } from "./SheetTabs";

export interface WorkbookViewProps {
  opened: OpenedWorkbook;
  analysis: Analysis | null;
  sheet: string | null;
  selection: Selection | null;
  version: number;
  onSheet(sheet: string): void;
  onSelect(selection: Selection): void;
  onEdit(selection: Selection, input: string): void;
}

export function WorkbookView({ opened, analysis, sheet, selection, version, onSheet, onSelect, onEdit }: WorkbookViewProps) {
  const selectedHere = selection && selection.sheet === sheet ? selection : null;
  const focusRow = selectedHere ? (parseCellAddress(selectedHere.address)?.row ?? null) : null;
  const view = useMemo(
    () => (sheet ? sheetView({ fake: opened.fake, baseline: opened.baseline, sheet, analysis, focusRow }) : null),
    // `version` changes whenever the fake does: the fake itself is mutated in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [opened, sheet, analysis, focusRow, version],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `version`: see above.
  const sheets = useMemo(() => visibleSheets(opened.fake), [opened, version]);
  const at = selectedHere ? parseCellAddress(selectedHere.address) : null;
  const cell = at ? opened.fake.sheet(selectedHere?.sheet ?? "")?.cell(at.row, at.col) : undefined;

  return (
    <>
      <FormulaBar selection={selectedHere} cell={cell} onEdit={onEdit} />
      {view && view.rows.length > 0 ? (
        <Grid
          view={view}
          selected={selectedHere?.address ?? null}
          onSelect={(address) => sheet && onSelect({ sheet, address })}
        />
      ) : (
        <p className="vp-empty">{sheet ? TEXTES.vue.feuilleVide : TEXTES.vue.aucunClasseur}</p>
      )}
      {view && (view.rowCount > view.rows.length || view.colCount > view.cols) && (
        <p className="vp-window">
          {view.rowCount > view.rows.length && TEXTES.vue.lignesAffichees(view.first + 1, view.last + 1, view.rowCount)}{" "}
          {view.colCount > view.cols && TEXTES.vue.colonnesAffichees(view.cols, view.colCount)}
        </p>
      )}
      <SheetTabs sheets={sheets} active={sheet} onSelect={onSheet} />
      <Legend />
    </>
  );
}
