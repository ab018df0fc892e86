/**
 * Several findings with one cause (model/groups.ts) as one card: « Erreur du modèle : K = G+I au
 * lieu de G+J — 12 cellules : P7:P18 », the first message as an example, « Corriger les 12 » (one
 * preview, one write), « Ignorer les 12 », and « Voir les 12 cellules » that lists each of them
 * with its own actions.
 */
import { Button, Link, makeStyles, mergeClasses, Text, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { ChevronDownRegular, ChevronRightRegular } from "@fluentui/react-icons";
import { useId, useState } from "react";
import { localizeText } from "../../core/formula/locale";
import type { Table } from "../../core/tables/model";
import { usePane } from "../context";
import { ruleTitle } from "../model/findings";
import { activeIn, cellsSummary, fixableIn, FindingGroup } from "../model/groups";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { FindingCard, FindingHandlers, fixText, useCardStyles } from "./FindingCard";
import { PreviewPanel } from "./PreviewPanel";
import { SeverityBadge } from "./SeverityBadge";
import { useCardPreview } from "./useCardPreview";

const useStyles = makeStyles({
  cells: { margin: "0", fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  same: { margin: "0", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { marginTop: tokens.spacingVerticalS },
});

export interface GroupCardProps {
  group: FindingGroup;
  table: Table | undefined;
  handlers: FindingHandlers;
}

export function GroupCard({ group, table, handlers }: GroupCardProps) {
  const card = useCardStyles();
  const styles = useStyles();
  const shared = useSharedStyles();
  const { formulas } = usePane();
  const arrows = useArrowNavigationGroup({ axis: "horizontal", circular: true, memorizeCurrent: true });
  const [expanded, setExpanded] = useState(false);
  const messageId = useId();
  const listId = useId();
  const first = group.items[0].finding;
  const n = group.items.length;
  const fixable = fixableIn(group);
  const active = activeIn(group);
  const preview = useCardPreview(active, handlers);
  const title = ruleTitle(first.ruleId);
  const fix = fixText(first, table, formulas);
  const C = TEXTES.constats;

  return (
    <li className={card.card} data-vp-card="">
      <div className={card.body} {...arrows}>
        <div className={card.head}>
          <SeverityBadge severity={first.severity} />
          <Text className={card.title}>{title}</Text>
        </div>
        <p className={styles.cells}>{C.groupe(n, cellsSummary(group.items.map((i) => i.finding.cell)))}</p>
        <p id={messageId} className={card.text}>
          {localizeText(first.message, formulas)}
        </p>
        <p className={styles.same}>{C.deMeme(n - 1)}</p>
        {fix && (
          <p className={card.fix}>
            {C.correctionGroupe} {fix}
          </p>
        )}
        <div className={card.actions}>
          {fixable.length > 0 && (
            <Button
              size="small"
              appearance="primary"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={(e) => preview.open("fix", e.currentTarget)}
            >
              {C.corrigerN(fixable.length)}
            </Button>
          )}
          {active.some((f) => f.fix?.kind !== "comment") && (
            <Button
              size="small"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={(e) => preview.open("comment", e.currentTarget)}
            >
              {C.commenterN(active.length)}
            </Button>
          )}
          <Button size="small" aria-describedby={messageId} disabled={handlers.busy} onClick={() => handlers.onIgnore(active)}>
            {C.ignorerN(active.length)}
          </Button>
          <Button
            size="small"
            appearance="subtle"
            icon={expanded ? <ChevronDownRegular /> : <ChevronRightRegular />}
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? C.masquerCellules : C.voirCellules(n)}
          </Button>
          <Link as="button" aria-label={C.enSavoirPlusSur(title)} onClick={(e) => handlers.onHelp(first.ruleId, e.currentTarget)}>
            {C.enSavoirPlus}
          </Link>
        </div>
      </div>
      {preview.state.status !== "idle" && (
        <PreviewPanel
          state={preview.state}
          label={preview.mode === "comment" ? C.commenterN(active.length) : C.corrigerN(fixable.length)}
          busy={handlers.busy}
          onApply={() => void preview.apply()}
          onCancel={preview.cancel}
        />
      )}
      {expanded && (
        <ul id={listId} className={mergeClasses(shared.plainList, styles.list)} aria-label={C.cellulesDuGroupe(title)}>
          {group.items.map((item) => (
            <FindingCard key={item.key} item={item} table={table} handlers={handlers} nested />
          ))}
        </ul>
      )}
    </li>
  );
}
