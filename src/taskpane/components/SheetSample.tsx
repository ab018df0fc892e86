/** The first rows of a sheet; each row has a button to point at it as the header row. */
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { columnLetter } from "../../core/grid/address";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  scroll: {
    overflowX: "auto",
    maxHeight: "40vh",
    overflowY: "auto",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  table: { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
  cell: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    maxWidth: "12em",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  chosen: { backgroundColor: tokens.colorBrandBackground2 },
});

/** Columns shown: up to the last one holding text in the sample. */
function width(rows: readonly string[][]): number {
  return rows.reduce((max, row) => {
    const last = row.reduce((l, text, i) => (text.trim() ? i + 1 : l), 0);
    return Math.max(max, last);
  }, 0);
}

export interface SheetSampleProps {
  sheet: string;
  rows: readonly string[][];
  headerRow: number | null;
  onPick(row: number): void;
}

export function SheetSample({ sheet, rows, headerRow, onPick }: SheetSampleProps) {
  const styles = useStyles();
  const cols = Array.from({ length: width(rows) }, (_, i) => i);
  const caption = TEXTES.description.apercuFeuille(sheet);
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={caption}>
      <table className={styles.table}>
        <caption className={styles.cell}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" />
            {cols.map((c) => (
              <th key={c} scope="col" className={styles.cell}>
                {columnLetter(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={r} className={r === headerRow ? styles.chosen : undefined}>
              <th scope="row">
                <Button
                  size="small"
                  appearance={r === headerRow ? "primary" : "subtle"}
                  aria-pressed={r === headerRow}
                  onClick={() => onPick(r)}
                >
                  {TEXTES.description.ligne(r + 1)}
                </Button>
              </th>
              {cols.map((c) => (
                <td key={c} className={styles.cell} title={row[c] ?? ""}>
                  {row[c] ?? ""}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
