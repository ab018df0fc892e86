/**
 * The changes of a preview: each cell with « ancien → nouveau », the conflicts (cells two fixes
 * disagree on, flagged and listed) and the reason nothing can be applied, if any.
 */
import { Badge, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Text, tokens } from "@fluentui/react-components";
import type { Preview, PreviewItem } from "../../excel/service";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  item: {
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    paddingLeft: tokens.spacingHorizontalS,
  },
  conflict: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  before: { color: tokens.colorNeutralForeground3, textDecorationLine: "line-through", wordBreak: "break-word" },
  after: { fontWeight: tokens.fontWeightSemibold, wordBreak: "break-word" },
});

const cellKey = (sheet: string, cell: string) => `${sheet}!${cell}`;

function ChangeItem({ item, conflict }: { item: PreviewItem; conflict: boolean }) {
  const styles = useStyles();
  const shared = useSharedStyles();
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
        <span className={styles.before}>{item.before === "" ? TEXTES.apercu.vide : item.before}</span>
        <span aria-hidden="true"> → </span>
        <span className={shared.visuallyHidden}>, {TEXTES.apercu.apres} : </span>
        <span className={styles.after}>{item.after}</span>
      </div>
    </li>
  );
}

export function ChangeList({ preview, label }: { preview: Preview; label: string }) {
  const shared = useSharedStyles();
  const conflicted = new Set(preview.conflicts.map((c) => cellKey(c.sheet, c.cell)));
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
                <li key={cellKey(c.sheet, c.cell)}>{c.message}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {preview.items.length === 0 ? (
        <Text>{TEXTES.apercu.aucun}</Text>
      ) : (
        <ul className={shared.plainList} aria-label={label}>
          {preview.items.map((item) => (
            <ChangeItem
              key={`${cellKey(item.sheet, item.cell)}|${item.kind}`}
              item={item}
              conflict={conflicted.has(cellKey(item.sheet, item.cell))}
            />
          ))}
        </ul>
      )}
    </div>
  );
}
