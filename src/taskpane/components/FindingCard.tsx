/**
 * One finding: severity (icon and word), cell (a click selects it in Excel), rule, message, proposed
 * fix, the other cells it names, and its actions. The whole card is one Tab stop: the arrow keys
 * move between its buttons. « Corriger » and « Ajouter un commentaire » first show « ancien →
 * nouveau », then apply on confirmation. Formulas read as the user's Excel writes them.
 */
import { Badge, Button, Link, makeStyles, mergeClasses, Text, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { useId } from "react";
import { localizeText } from "../../core/formula/locale";
import { describeFix } from "../../core/report/french";
import type { CellRef, Finding } from "../../core/rules/types";
import type { Table } from "../../core/tables/model";
import { usePane } from "../context";
import { ruleTitle, ShownFinding } from "../model/findings";
import { TEXTES } from "../textes";
import { PreviewPanel } from "./PreviewPanel";
import { SeverityBadge } from "./SeverityBadge";
import { useCardPreview } from "./useCardPreview";

export const useCardStyles = makeStyles({
  card: {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: "0",
  },
  nested: {
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  ignored: { border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}` },
  body: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS, minWidth: "0" },
  head: { display: "flex", flexWrap: "wrap", alignItems: "center", columnGap: tokens.spacingHorizontalS, rowGap: "0" },
  cell: {
    minWidth: "0",
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  title: { fontWeight: tokens.fontWeightSemibold, minWidth: "0", overflowWrap: "anywhere" },
  text: { margin: "0", overflowWrap: "anywhere" },
  fix: { margin: "0", overflowWrap: "anywhere", fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXS,
  },
  related: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontSize: tokens.fontSizeBase200,
  },
});

export interface FindingHandlers {
  busy: boolean;
  onSelect(sheet: string, cell: string): void;
  onApply(fixes: Finding[], commentOnly: Finding[]): Promise<void>;
  onIgnore(findings: Finding[]): void;
  onUnignore(finding: Finding): void;
  /** « En savoir plus »: the rule's help page; the focus comes back to `opener`. */
  onHelp(ruleId: string, opener: HTMLElement): void;
}

/** « Correction proposée : =SOMME(D3:D4) (résultat attendu : 150 000,00 €) ». */
export function fixText(finding: Finding, table: Table | undefined, formulas: "fr" | "en"): string | null {
  return finding.fix ? localizeText(describeFix(finding.fix, table), formulas) : null;
}

/** The cells named in `related`, in the finding's workbook, as buttons that select them. */
export function RelatedCells({ finding, handlers }: { finding: Finding; handlers: FindingHandlers }) {
  const styles = useCardStyles();
  const here = finding.related.filter((r: CellRef) => r.file === undefined || r.file === finding.file);
  if (here.length === 0) return null;
  return (
    <div className={styles.related}>
      <span>{TEXTES.constats.autresCellules}</span>
      {here.map((r) => (
        <Button
          key={`${r.sheet}!${r.cell}`}
          size="small"
          appearance="transparent"
          className={styles.cell}
          aria-label={TEXTES.constats.selectionnerAutre(r.sheet, r.cell)}
          onClick={() => handlers.onSelect(r.sheet, r.cell)}
        >
          {r.sheet === finding.sheet ? r.cell : `${r.sheet}!${r.cell}`}
        </Button>
      ))}
    </div>
  );
}

export interface FindingCardProps {
  item: ShownFinding;
  table: Table | undefined;
  handlers: FindingHandlers;
  /** Inside a group's list of cells: no rule title (the group says it). */
  nested?: boolean;
}

export function FindingCard({ item, table, handlers, nested = false }: FindingCardProps) {
  const styles = useCardStyles();
  const { formulas } = usePane();
  const arrows = useArrowNavigationGroup({ axis: "horizontal", circular: true, memorizeCurrent: true });
  const messageId = useId();
  const { finding } = item;
  const preview = useCardPreview([finding], handlers);
  const title = ruleTitle(finding.ruleId);
  const fix = fixText(finding, table, formulas);
  const active = !item.ignored && !item.placeholder;
  const C = TEXTES.constats;

  return (
    <li className={mergeClasses(styles.card, nested && styles.nested, item.ignored && styles.ignored)} data-vp-card="">
      <div className={styles.body} {...arrows}>
        <div className={styles.head}>
          {!nested && <SeverityBadge severity={finding.severity} />}
          <Button
            appearance="transparent"
            size="small"
            className={styles.cell}
            aria-label={C.selectionner(finding.sheet, finding.cell)}
            aria-describedby={messageId}
            onClick={() => handlers.onSelect(finding.sheet, finding.cell)}
          >
            {finding.cell}
          </Button>
          {!nested && <Text className={styles.title}>{title}</Text>}
          {item.ignored && <Badge appearance="outline">{C.ignore}</Badge>}
        </div>
        <p id={messageId} className={styles.text}>
          {localizeText(finding.message, formulas)}
        </p>
        {fix && !nested && (
          <p className={styles.fix}>
            {C.correctionProposee} {fix}
          </p>
        )}
        <RelatedCells finding={finding} handlers={handlers} />
        <div className={styles.actions}>
          {active && finding.fix && (
            <Button
              size="small"
              appearance="primary"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={(e) => preview.open("fix", e.currentTarget)}
            >
              {C.corriger}
            </Button>
          )}
          {active && finding.fix?.kind !== "comment" && (
            <Button
              size="small"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={(e) => preview.open("comment", e.currentTarget)}
            >
              {C.commenter}
            </Button>
          )}
          {item.ignored ? (
            <Button
              size="small"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={() => handlers.onUnignore(finding)}
            >
              {C.neplusIgnorer}
            </Button>
          ) : (
            <Button
              size="small"
              aria-describedby={messageId}
              disabled={handlers.busy}
              onClick={() => handlers.onIgnore([finding])}
            >
              {C.ignorer}
            </Button>
          )}
          {!nested && (
            <Link
              as="button"
              aria-label={C.enSavoirPlusSur(title)}
              onClick={(e) => handlers.onHelp(finding.ruleId, e.currentTarget)}
            >
              {C.enSavoirPlus}
            </Link>
          )}
        </div>
      </div>
      {preview.state.status !== "idle" && (
        <PreviewPanel
          state={preview.state}
          label={preview.mode === "comment" ? C.commenter : C.corriger}
          busy={handlers.busy}
          onApply={() => void preview.apply()}
          onCancel={preview.cancel}
        />
      )}
    </li>
  );
}
