/**
 * The VerifPacte task pane: commands, progress, summary, findings and the dialogs. It only talks
 * to the WorkbookService given to mountTaskPane (real Excel, or the fake in the workbench).
 */
import { makeStyles, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import type { Settings } from "../core/settings";
import { usePane } from "./context";
import { useActions } from "./hooks/useActions";
import { useLiveMode } from "./hooks/useLiveMode";
import type { DescriptionStart } from "./hooks/useTableDescription";
import { useWorkbook } from "./hooks/useWorkbook";
import { allShown, countBySeverity, DEFAULT_FILTERS } from "./model/findings";
import { withMapping } from "./model/mapping";
import { useSharedStyles } from "./styles";
import { TEXTES } from "./textes";
import { CommandBar } from "./components/CommandBar";
import { DescribeTableDialog } from "./components/DescribeTableDialog";
import { FindingHandlers } from "./components/FindingItem";
import { FindingsSection } from "./components/FindingsSection";
import { FixAllDialog } from "./components/FixAllDialog";
import { NoticeBar } from "./components/NoticeBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { SettingsDrawer } from "./components/SettingsDrawer";
import { AnalysisFailed, NoTables, Welcome, WorkbookProblems } from "./components/StateMessages";
import { SummaryBar } from "./components/SummaryBar";
import { UndoDialog } from "./components/UndoDialog";
import { UnmappedSection } from "./components/UnmappedSection";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: "100vh",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  title: { margin: "0", fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  subtitle: { margin: "0", color: tokens.colorNeutralForeground3 },
});

type Overlay = { kind: "fixAll" } | { kind: "settings" } | { kind: "undo" } | { kind: "describe"; start: DescriptionStart } | null;

export function App() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { service } = usePane();
  const { state, refresh } = useWorkbook(service);
  const actions = useActions(service, refresh);
  const live = useLiveMode(service, () => void refresh());
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const { analysis } = state;
  const running = state.status === "running";

  const items = useMemo(
    () => (analysis ? allShown(analysis, actions.ignored, state.settings?.ignores ?? []) : []),
    [analysis, actions.ignored, state.settings],
  );
  const active = useMemo(() => items.filter((i) => !i.ignored).map((i) => i.finding), [items]);
  const fixable = useMemo(() => active.filter((f) => f.fix !== null), [active]);
  const counts = countBySeverity(active);

  const handlers: FindingHandlers = {
    busy: actions.busy || running,
    onSelect: (f) => void actions.select(f),
    onApply: actions.apply,
    onIgnore: (f) => void actions.ignore(f),
    onUnignore: (f) => void actions.unignore(f),
  };
  const close = () => setOverlay(null);
  const describe = (start: Omit<DescriptionStart, "mappings">) =>
    setOverlay({ kind: "describe", start: { ...start, mappings: state.settings?.mappings ?? [] } });
  const saveSettings = async (settings: Settings, message: string) => {
    await actions.saveSettings(settings, message);
    close();
  };

  return (
    <main className={styles.main} aria-labelledby="vp-titre">
      <header>
        <h1 id="vp-titre" className={styles.title}>
          {TEXTES.titre}
        </h1>
        <p className={styles.subtitle}>{TEXTES.sousTitre}</p>
      </header>
      <CommandBar
        analyzing={running}
        busy={actions.busy}
        hasAnalysis={analysis !== null}
        fixable={fixable.length}
        hasJournal={state.hasJournal}
        live={live.enabled}
        onAnalyze={() => void refresh()}
        onFixAll={() => setOverlay({ kind: "fixAll" })}
        onReport={() => analysis && void actions.writeReport(analysis)}
        onUndo={() => setOverlay({ kind: "undo" })}
        onSettings={() => setOverlay({ kind: "settings" })}
        onLive={(on) => live.setEnabled(on).catch(actions.showError)}
      />
      <div role="status" aria-live="polite" className={shared.stack}>
        {state.progress && <ProgressPanel progress={state.progress} />}
        {state.status === "done" && (
          <span className={shared.visuallyHidden}>{TEXTES.resumeAnalyse(counts.error, counts.warning, counts.info)}</span>
        )}
      </div>
      {actions.notice && <NoticeBar notice={actions.notice} onDismiss={actions.dismissNotice} />}
      {state.status === "idle" && <Welcome />}
      {state.error && <AnalysisFailed message={state.error} onRetry={() => void refresh()} />}
      {analysis && (
        <>
          <SummaryBar counts={counts} tables={analysis.tables.length} unmapped={analysis.unmapped.length} />
          <WorkbookProblems messages={[...new Set(analysis.errors.map((e) => e.message))]} />
          {analysis.tables.length === 0 && analysis.unmapped.length === 0 && (
            <NoTables onDescribe={() => describe({ sheet: null, headerRow: null })} />
          )}
          {analysis.unmapped.length > 0 && (
            <UnmappedSection
              regions={analysis.unmapped}
              busy={actions.busy}
              onDescribe={(region) => describe({ sheet: region.sheet.name, headerRow: region.headerRow })}
            />
          )}
          {analysis.tables.length > 0 && (
            <FindingsSection
              items={items}
              counts={counts}
              tables={analysis.tables}
              filters={filters}
              onFilters={setFilters}
              handlers={handlers}
            />
          )}
        </>
      )}
      <FixAllDialog
        open={overlay?.kind === "fixAll"}
        findings={fixable}
        busy={actions.busy}
        onConfirm={(findings) => {
          close();
          void actions.apply(findings, []);
        }}
        onClose={close}
      />
      <UndoDialog
        open={overlay?.kind === "undo"}
        onConfirm={() => {
          close();
          void actions.undo();
        }}
        onClose={close}
      />
      <SettingsDrawer
        open={overlay?.kind === "settings"}
        onSave={(settings) => saveSettings(settings, TEXTES.resultats.parametres)}
        onClose={close}
      />
      <DescribeTableDialog
        start={overlay?.kind === "describe" ? overlay.start : null}
        onSave={async (mapping) =>
          saveSettings(withMapping(await service.loadSettings(), mapping), TEXTES.resultats.correspondance(mapping.sheet, mapping.headerRow + 1))
        }
        onClose={close}
      />
    </main>
  );
}
