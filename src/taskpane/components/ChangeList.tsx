/**
 * The changes of a preview: each cell with « ancien → nouveau » (formulas as the user's Excel
 * writes them), the conflicts (cells two fixes disagree on, flagged and listed), the reason nothing
 * can be applied, if any. With `groups`, the changes of one cause are folded under one line
 * « … — 12 modifications (P7:P18) » that opens on the cells. The list scrolls on its own and can be
 * reached and scrolled with the keyboard.
 */
import { Badge, Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { localizeFormula, localizeText } from "../../core/formula/locale";
import type { Preview, PreviewItem } from "../../excel/service";
import { usePane } from "../context";
import { cellsSummary } from "../model/groups";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  scroll: {
    maxHeight: "45vh",
    overflowY: "auto",
    overflowX: "hidden",
    paddingRight: tokens.spacingHorizontalXS,
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  conflict: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through", wordBreak: "break-word" },
  after: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
  group: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  groupButton: { justifyContent: "flex-start", textAlign: "left", height: "auto", minWidth: "0", maxWidth: "100%" },
  nested: { paddingLeft: tokens.spacingHorizontalL },
});

const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

/** What a change shows: a formula in the user's language, a comment with its quoted formulas too. */
function shownContent(text: string, kind: PreviewItem["kind"], formulas: "fr" | "en"): string {
  if (kind === "comment" || kind === "note") return localizeText(text, formulas);
  return text.startsWith("=") ? localizeFormula(text, formulas) : text;
}

function ChangeItem({ item, conflict }: { item: PreviewItem; conflict: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { formulas } = usePane();
  return (
    <li className={`${styles.item} ${conflict ? styles.conflict : ""}`}>
      <div className={shared.row}>
        <Text weight="semibold">
          {item.sheet}!{item.cell}
        </Text>
        <Text size={200}>({TEXTES.apercu.types[item.kind]})</Text>
        {conflict && (
          <Badge appearance="filled" color="warning">
            {TEXTES.apercu.conflit}
          </Badge>
        )}
      </div>
      <div>
        <span className={shared.visuallyHidden}>{TEXTES.apercu.avant} : </span>
        <span className={styles.before}>
          {item.before === "" ? TEXTES.apercu.vide : shownContent(item.before, item.kind, formulas)}
        </span>
        <span aria-hidden="true"> → </span>
        <span className={shared.visuallyHidden}>, {TEXTES.apercu.apres} : </span>
        <span className={styles.after}>{shownContent(item.after, item.kind, formulas)}</span>
      </div>
    </li>
  );
}

/** Changes folded under one cause (see FixAllDialog): its title and the keys of its findings. */
export interface ChangeGroup {
  title: string;
  findings: ReadonlySet<string>;
}

function FoldedGroup({
  group,
  items,
  conflicted,
}: {
  group: ChangeGroup;
  items: PreviewItem[];
  conflicted: ReadonlySet<string>;
}) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const cells = cellsSummary(items.map((i) => i.cell));
  return (
    <li className={styles.group}>
      <Button
        appearance="subtle"
        className={styles.groupButton}
        icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
      >
        {TEXTES.toutCorriger.groupe(group.title, items.length, cells)}
      </Button>
      {open && (
        <ul id={listId} className={`${shared.plainList} ${styles.nested}`}>
          {items.map((item) => (
            <ChangeItem
              key={`${cellKey(item.sheet, item.cell)}|${item.kind}`}
              item={item}
              conflict={conflicted.has(cellKey(item.sheet, item.cell))}
            />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The preview's items in the order of their groups (a group where its first item is). */
function foldItems(items: readonly PreviewItem[], groups: readonly ChangeGroup[]) {
  const out: { group: ChangeGroup | null; items: PreviewItem[] }[] = [];
  const byGroup = new Map<ChangeGroup, { group: ChangeGroup | null; items: PreviewItem[] }>();
  for (const item of items) {
    const group = groups.find((g) => item.findings.some((key) => g.findings.has(key))) ?? null;
    const known = group ? byGroup.get(group) : undefined;
    if (known) {
      known.items.push(item);
      continue;
    }
    const entry = { group, items: [item] };
    if (group) byGroup.set(group, entry);
    out.push(entry);
  }
  return out;
}

export interface ChangeListProps {
  preview: Preview;
  label: string;
  groups?: readonly ChangeGroup[];
}

export function ChangeList({ preview, label, groups = [] }: ChangeListProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { formulas } = usePane();
  const conflicted = new Set(preview.conflicts.map((c) => cellKey(c.sheet, c.cell)));
  const folded = foldItems(preview.items, groups);
  return (
    <div className={shared.stack}>
      {preview.blocked && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TEXTES.apercu.bloque}</MessageBarTitle>
            {preview.blocked}
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.conflicts.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TEXTES.apercu.conflits}</MessageBarTitle>
            <ul>
              {preview.conflicts.map((c) => (
                <li key={cellKey(c.sheet, c.cell)}>{localizeText(c.message, formulas)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.items.length === 0 ? (
        <Text>{TEXTES.apercu.aucun}</Text>
      ) : (
        <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
          <ul className={shared.plainList} aria-label={label}>
            {folded.map(({ group, items }) =>
              group && items.length > 1 ? (
                <FoldedGroup
                  key={`g|${group.title}|${items[0].sheet}!${items[0].cell}`}
                  group={group}
                  items={items}
                  conflicted={conflicted}
                />
              ) : (
                items.map((item) => (
                  <ChangeItem
                    key={`${cellKey(item.sheet, item.cell)}|${item.kind}`}
                    item={item}
                    conflict={conflicted.has(cellKey(item.sheet, item.cell))}
                  />
                ))
              ),
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
