/**
 * One finding: severity, cell (a click selects it in Excel), rule, message, proposed fix, and its
 * actions. « Corriger » and « Ajouter un commentaire » first show « ancien → nouveau » from
 * service.preview, then apply on confirmation.
 */
import { Badge, Button, Link, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import { describeFix } from "../../core/report/french";
import type { Finding } from "../../core/rules/types";
import type { Table } from "../../core/tables/model";
import { usePane } from "../context";
import { usePreview } from "../hooks/usePreview";
import { ruleDocUrl } from "../links";
import { ruleTitle, ShownFinding } from "../model/findings";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";
import { PreviewPanel } from "./PreviewPanel";
import { SeverityBadge } from "./SeverityBadge";

const useStyles = makeStyles({
  item: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  ignored: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
  message: { wordBreak: "break-word" },
});

export interface FindingHandlers {
  busy: boolean;
  onSelect(finding: Finding): void;
  onApply(fixes: Finding[], commentOnly: Finding[]): Promise<void>;
  onIgnore(finding: Finding): void;
  onUnignore(finding: Finding): void;
}

type Mode = "fix" | "comment";

export function FindingItem({ item, table, handlers }: { item: ShownFinding; table: Table | undefined; handlers: FindingHandlers }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { service, openUrl, ruleDocBase } = usePane();
  const preview = usePreview(service);
  const messageId = useId();
  const { finding } = item;
  const title = ruleTitle(finding.ruleId);
  const docUrl = ruleDocUrl(ruleDocBase, finding.ruleId);
  const modeOf = (chosen: Mode): [Finding[], Finding[]] => (chosen === "fix" ? [[finding], []] : [[], [finding]]);
  const [mode, setMode] = useState<Mode>("fix");
  const open = (chosen: Mode) => {
    setMode(chosen);
    void preview.load(...modeOf(chosen));
  };
  const apply = async () => {
    preview.clear();
    await handlers.onApply(...modeOf(mode));
  };

  const active = !item.ignored && !item.placeholder;
  return (
    <li className={`${styles.item} ${item.ignored ? styles.ignored : ""}`}>
      <div className={shared.row}>
        <SeverityBadge severity={finding.severity} />
        <Button
          appearance="transparent"
          size="small"
          aria-label={TEXTES.constats.selectionner(finding.sheet, finding.cell)}
          onClick={() => handlers.onSelect(finding)}
        >
          {finding.cell}
        </Button>
        <Text weight="semibold">{title}</Text>
        {item.ignored && <Badge appearance="outline">{TEXTES.constats.ignore}</Badge>}
      </div>
      <Text as="p" id={messageId} className={styles.message} block>
        {finding.message}
      </Text>
      {finding.fix && (
        <Text as="p" size={200} block>
          {TEXTES.constats.correctionProposee} {describeFix(finding.fix, table)}
        </Text>
      )}
      <div className={shared.row}>
        {active && finding.fix && (
          <Button size="small" appearance="primary" aria-describedby={messageId} disabled={handlers.busy} onClick={() => open("fix")}>
            {TEXTES.constats.corriger}
          </Button>
        )}
        {active && finding.fix?.kind !== "comment" && (
          <Button size="small" aria-describedby={messageId} disabled={handlers.busy} onClick={() => open("comment")}>
            {TEXTES.constats.commenter}
          </Button>
        )}
        {item.ignored ? (
          <Button size="small" aria-describedby={messageId} disabled={handlers.busy} onClick={() => handlers.onUnignore(finding)}>
            {TEXTES.constats.neplusIgnorer}
          </Button>
        ) : (
          <Button size="small" aria-describedby={messageId} disabled={handlers.busy} onClick={() => handlers.onIgnore(finding)}>
            {TEXTES.constats.ignorer}
          </Button>
        )}
        <Link
          href={docUrl}
          aria-label={TEXTES.constats.enSavoirPlusSur(title)}
          onClick={(event) => {
            event.preventDefault();
            openUrl(docUrl);
          }}
        >
          {TEXTES.constats.enSavoirPlus}
        </Link>
      </div>
      {preview.state.status !== "idle" && (
        <PreviewPanel
          state={preview.state}
          label={mode === "comment" ? TEXTES.constats.commenter : TEXTES.constats.corriger}
          busy={handlers.busy}
          onApply={() => void apply()}
          onCancel={preview.clear}
        />
      )}
    </li>
  );
}
