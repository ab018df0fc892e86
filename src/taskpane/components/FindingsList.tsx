/** Findings grouped Feuille → table (« Tableau financier F2 — Pacte 2025, A5:R20 »). */
import { makeStyles, tokens } from "@fluentui/react-components";
import { tableOf } from "../../core/engine/analyze";
import type { Table } from "../../core/tables/model";
import { SheetGroup } from "../model/findings";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { FindingHandlers, FindingItem } from "./FindingItem";

const useStyles = makeStyles({
  sheet: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

export interface FindingsListProps {
  groups: SheetGroup[];
  tables: readonly Table[];
  handlers: FindingHandlers;
}

export function FindingsList({ groups, tables, handlers }: FindingsListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <div className={shared.stack}>
      {groups.map((sheet, s) => (
        <section key={sheet.key} className={styles.sheet} aria-labelledby={`vp-feuille-${s}`}>
          <h3 id={`vp-feuille-${s}`} className={shared.heading}>
            {TEXTES.constats.liste(sheet.sheet)}
          </h3>
          {sheet.tables.map((group, t) => (
            <div key={group.key} className={styles.table}>
              <h4 id={`vp-table-${s}-${t}`} className={shared.subHeading}>
                {group.label}
              </h4>
              <ul className={shared.plainList} aria-labelledby={`vp-table-${s}-${t}`}>
                {group.items.map((item) => (
                  <FindingItem key={`${item.key}|${item.finding.message}`} item={item} table={tableOf(tables, item.finding)} handlers={handlers} />
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}
