/** The sheet tabs under the grid, as in Excel (hidden sheets are not shown). */
import { TEXTES } from "../textes";

export interface SheetTabsProps {
  sheets: string[];
  active: string | null;
  onSelect(sheet: string): void;
}

export function SheetTabs({ sheets, active, onSelect }: SheetTabsProps) {
  return (
    <div className="vp-tabs" role="tablist" aria-label={TEXTES.vue.feuilles}>
      {sheets.map((sheet) => (
        <button
          key={sheet}
          type="button"
          role="tab"
          className="vp-tab"
          aria-selected={sheet === active}
          tabIndex={sheet === active ? 0 : -1}
          onClick={() => onSelect(sheet)}
          onKeyDown={(event) => {
            const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
            if (step === 0) return;
            const next = sheets[(sheets.indexOf(sheet) + step + sheets.length) % sheets.length];
            onSelect(next);
            const list = event.currentTarget.parentElement;
            requestAnimationFrame(() => list?.querySelector<HTMLElement>('[aria-selected="true"]')?.focus());
          }}
        >
          {sheet}
        </button>
      ))}
    </div>
  );
}
