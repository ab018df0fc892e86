/**
 * Excel's formula bar: the selected cell's address and its formula (or value). Typing there and
 * pressing Entrée changes the cell as a user would in Excel (the pane's live mode sees it).
 */
import { Input } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { FakeCell } from "../../fake-excel";
import { shownCell } from "../display";
import type { Selection } from "../useWorkbench";
import { TEXTES } from "../textes";

/** What the bar shows: the formula, else the value as typed (numbers without their format). */
function content(cell: FakeCell | undefined): string {
  if (cell?.formula) return cell.formula;
  if (typeof cell?.value === "number") return String(cell.value).replace(".", ",");
  return shownCell(cell).text;
}

export interface FormulaBarProps {
  selection: Selection | null;
  cell: FakeCell | undefined;
  onEdit(selection: Selection, input: string): void;
}

export function FormulaBar({ selection, cell, onEdit }: FormulaBarProps) {
  const shown = content(cell);
  const [draft, setDraft] = useState(shown);
  useEffect(() => setDraft(shown), [shown, selection]);
  return (
    <div className="vp-formula-bar" id="vp-barre-formule" role="group" aria-label={TEXTES.vue.barreFormule}>
      <span className="vp-name-box" aria-live="polite">
        {selection ? selection.address : ""}
      </span>
      <span className="vp-fx" aria-hidden="true">
        fx
      </span>
      <Input
        className="vp-formula-input"
        appearance="underline"
        aria-label={TEXTES.vue.saisie}
        value={draft}
        disabled={!selection}
        onChange={(_, data) => setDraft(data.value)}
        onKeyDown={(event) => {
          if (event.key === "Enter" && selection && draft !== shown) onEdit(selection, draft.replace(/^(-?\d+),(\d+)$/, "$1.$2"));
          if (event.key === "Escape") setDraft(shown);
        }}
      />
    </div>
  );
}
