/**
 * Findings by table (« « Prévisionnel 2025 » — Tableau financier F2 — Pacte 2025, A5:R20 »), each
 * table's findings folded by cause (model/groups.ts). When the card that had the focus goes away
 * (corrected, ignored), the focus moves to the card now at its place, never to the page's body.
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useRef } from "react";
import { tableOf } from "../../core/engine/tableOf";
import type { Table } from "../../core/tables/model";
import { SheetGroup } from "../model/findings";
import { groupByCause } from "../model/groups";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { FindingCard, FindingHandlers } from "./FindingCard";
import { GroupCard } from "./GroupCard";

const useStyles = makeStyles({
  table: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: "0" },
  heading: { overflowWrap: "anywhere" },
});

const CARD = "[data-vp-card]";

/** The focus lost with a card (corrected, ignored) goes to the card now at its index. */
function useFocusKeeper(list: React.RefObject<HTMLDivElement | null>, fallback: () => HTMLElement | null) {
  const index = useRef<number | null>(null);
  useEffect(() => {
    const root = list.current;
    if (!root) return;
    const onFocusIn = (event: FocusEvent) => {
      const card = (event.target as HTMLElement).closest(CARD);
      if (card) index.current = [...root.querySelectorAll(CARD)].indexOf(card);
    };
    const onFocusOut = (event: FocusEvent) => {
      const left = event.target as HTMLElement;
      const next = event.relatedTarget as Node | null;
      if (next && !root.contains(next)) index.current = null;
      // Focus moved away on purpose (a click elsewhere): the element is still there and usable.
      else if (!next) setTimeout(() => left.isConnected && !left.hasAttribute("disabled") && (index.current = null), 0);
    };
    root.addEventListener("focusin", onFocusIn);
    root.addEventListener("focusout", onFocusOut);
    return () => {
      root.removeEventListener("focusin", onFocusIn);
      root.removeEventListener("focusout", onFocusOut);
    };
  }, [list]);
  useEffect(() => {
    if (index.current === null) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    const cards = list.current ? [...list.current.querySelectorAll<HTMLElement>(CARD)] : [];
    const card = cards[Math.min(index.current, cards.length - 1)];
    const target = card?.querySelector<HTMLElement>("button:not([disabled])") ?? fallback();
    target?.focus();
  });
}

export interface FindingsListProps {
  groups: SheetGroup[];
  tables: readonly Table[];
  handlers: FindingHandlers;
  /** Where the focus goes when the last card goes away. */
  fallbackFocus(): HTMLElement | null;
}

export function FindingsList({ groups, tables, handlers, fallbackFocus }: FindingsListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const list = useRef<HTMLDivElement>(null);
  const id = useId();
  useFocusKeeper(list, fallbackFocus);
  return (
    <div ref={list} className={shared.stack}>
      {groups.flatMap((sheet, s) =>
        sheet.tables.map((group, t) => {
          const headingId = `${id}-${s}-${t}`;
          const table = tables.find((x) => x.id === group.key);
          return (
            <section key={`${sheet.key}|${group.key}`} className={styles.table} aria-labelledby={headingId}>
              <h3 id={headingId} className={`${shared.subHeading} ${styles.heading}`}>
                {TEXTES.constats.tableau(sheet.sheet, group.label)}
              </h3>
              <ul className={shared.plainList} aria-labelledby={headingId}>
                {groupByCause(group.items).map((g) =>
                  g.items.length > 1 ? (
                    <GroupCard key={g.key} group={g} table={table} handlers={handlers} />
                  ) : (
                    <FindingCard
                      key={`${g.key}|${g.items[0].finding.message}`}
                      item={g.items[0]}
                      table={table ?? tableOf(tables, g.items[0].finding)}
                      handlers={handlers}
                    />
                  ),
                )}
              </ul>
            </section>
          );
        }),
      )}
    </div>
  );
}
