/**
 * The VerifPacte task pane, laid out for 320 px first: one row of commands, one summary line, then
 * the findings (the first card is in view right after « Analyser »); filters behind « Filtrer »,
 * unrecognised regions after the findings. Dialogs and panels give the focus back to the control
 * that opened them; they are loaded the first time one is opened (parts.ts). It only talks to the
 * WorkbookService given to mountTaskPane (real Excel, or the fake in the workbench).
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useId, useMemo, useState } from "react";
import type { Settings } from "../core/settings";
import { usePane } from "./context";
import { useActions } from "./hooks/useActions";
import { useFocusReturn } from "./hooks/useFocusReturn";
import { useLiveMode } from "./hooks/useLiveMode";
import { usePart } from "./hooks/usePart";
import type { DescriptionStart } from "./hooks/useTableDescription";
import { useWorkbook } from "./hooks/useWorkbook";
import { guideUrl, rulePageUrl } from "./links";
import { activeFilterCount, countBySeverity, DEFAULT_FILTERS } from "./model/filters";
import { withMapping } from "./model/mapping";
import { loadOverlays, loadResults } from "./parts";
import { useSharedStyles } from "./styles";
import { TEXTES } from "./textes";
import { CommandBar } from "./components/CommandBar";
import type { FindingHandlers } from "./components/FindingCard";
import { NoticeBar } from "./components/NoticeBar";
import { ProgressPanel } from "./components/ProgressPanel";
import { AnalysisFailed, NoTables, Welcome, WorkbookProblems } from "./components/StateMessages";

const useStyles = makeStyles({
  main: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minHeight: "100vh",
    boxSizing: "border-box",
    minWidth: "0",
    overflowWrap: "anywhere",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  title: {
    margin: "0",
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
  },
});

type Overlay =
  | { kind: "fixAll" }
  | { kind: "settings" }
  | { kind: "undo" }
  | { kind: "describe"; start: DescriptionStart }
  | { kind: "help"; url: string }
  | null;

export function App() {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { service, helpBase } = usePane();
  // The findings' part (results.ts) comes with the first analysis, the dialogs with the first opened.
  const results = usePart(loadResults);
  const { state, refresh } = useWorkbook(service, results.request);
  const actions = useActions(service, refresh);
  const live = useLiveMode(service, () => void refresh());
  const focus = useFocusReturn();
  const filtersId = useId();
  const [filters, setFilters] = useState(DEFAULT_FILTERS);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [overlay, setOverlay] = useState<Overlay>(null);
  const overlays = usePart(loadOverlays);
  const shown = results.part;
  const loaded = overlays.part;
  // Set once the results' part is there (useWorkbook waits for it).
  const analysis = shown ? state.analysis : null;
  const running = state.status === "running";

  const items = useMemo(
    () => (analysis && shown ? shown.allShown(analysis, actions.ignored, state.settings?.ignores ?? []) : []),
    [analysis, shown, actions.ignored, state.settings],
  );
  const active = useMemo(() => items.filter((i) => !i.ignored).map((i) => i.finding), [items]);
  const fixable = useMemo(() => active.filter((f) => f.fix !== null), [active]);
  const counts = countBySeverity(active);

  const open = (next: NonNullable<Overlay>, opener?: HTMLElement | null) => {
    focus.remember(opener);
    setOverlay(next);
    // « Tout corriger » comes with the findings; the other dialogs are loaded the first time.
    if (next.kind === "fixAll") return;
    overlays.request().catch((error: unknown) => {
      // Nothing opens: the focus goes back, a message says why.
      setOverlay(null);
      focus.restore();
      actions.showError(error);
    });
  };
  const close = () => {
    setOverlay(null);
    focus.restore();
  };
  const handlers: FindingHandlers = {
    busy: actions.busy || running,
    onSelect: (sheet, cell) => void actions.select(sheet, cell),
    onApply: actions.apply,
    onIgnore: (findings) => void actions.ignore(findings),
    onUnignore: (f) => void actions.unignore(f),
    onHelp: (ruleId, opener) => open({ kind: "help", url: rulePageUrl(helpBase, ruleId) }, opener),
  };
  const describe = (start: Omit<DescriptionStart, "mappings">) =>
    open({ kind: "describe", start: { ...start, mappings: state.settings?.mappings ?? [] } });
  const saveSettings = async (settings: Settings, message: string) => {
    await actions.saveSettings(settings, message);
    close();
  };

  return (
    <main className={styles.main} aria-labelledby="vp-titre">
      <h1 id="vp-titre" className={styles.title}>
        {TEXTES.titre}
      </h1>
      <CommandBar
        analyzing={running}
        busy={actions.busy}
        hasAnalysis={analysis !== null}
        fixable={fixable.length}
        hasJournal={state.hasJournal}
        live={live.enabled}
        onAnalyze={() => void refresh()}
        onFixAll={(opener) => open({ kind: "fixAll" }, opener)}
        onReport={() => analysis && void actions.writeReport(analysis)}
        onUndo={(opener) => open({ kind: "undo" }, opener)}
        onSettings={(opener) => open({ kind: "settings" }, opener)}
        onGuide={(opener) => open({ kind: "help", url: guideUrl(helpBase) }, opener)}
        onLive={(on) => live.setEnabled(on).catch(actions.showError)}
      />
      <div role="status" aria-live="polite" className={shared.stack}>
        {overlay && overlay.kind !== "fixAll" && !loaded && (
          <Spinner size="tiny" labelPosition="after" label={TEXTES.chargementFenetre} />
        )}
        {state.progress && <ProgressPanel progress={state.progress} />}
        {state.status === "done" && (
          <span className={shared.visuallyHidden}>{TEXTES.resumeAnalyse(counts.error, counts.warning, counts.info)}</span>
        )}
      </div>
      {state.status === "idle" && <Welcome />}
      {state.error && <AnalysisFailed message={state.error} onRetry={() => void refresh()} />}
      {analysis && shown && (
        <shown.SummaryBar
          counts={counts}
          tables={analysis.tables.length}
          unmapped={analysis.unmapped.length}
          activeFilters={activeFilterCount(filters)}
          filtersOpen={filtersOpen}
          filtersId={filtersId}
          canFilter={items.length > 0}
          onToggleFilters={() => setFiltersOpen(!filtersOpen)}
        />
      )}
      {actions.notice && <NoticeBar notice={actions.notice} onDismiss={actions.dismissNotice} />}
      {analysis && shown && (
        <>
          <WorkbookProblems messages={[...new Set(analysis.errors.map((e) => e.message))]} />
          {analysis.tables.length === 0 && analysis.unmapped.length === 0 && (
            <NoTables onDescribe={() => describe({ sheet: null, headerRow: null })} />
          )}
          {analysis.tables.length > 0 && (
            <shown.FindingsSection
              items={items}
              counts={counts}
              tables={analysis.tables}
              filters={filters}
              filtersOpen={filtersOpen}
              filtersId={filtersId}
              onFilters={setFilters}
              handlers={handlers}
            />
          )}
          {analysis.unmapped.length > 0 && (
            <shown.UnmappedSection
              regions={analysis.unmapped}
              busy={actions.busy}
              onDescribe={(region) => describe({ sheet: region.sheet.name, headerRow: region.headerRow })}
            />
          )}
        </>
      )}
      {shown && (
        <shown.FixAllDialog
          open={overlay?.kind === "fixAll"}
          findings={fixable}
          busy={actions.busy}
          onConfirm={(findings) => {
            close();
            void actions.apply(findings, []);
          }}
          onClose={close}
        />
      )}
      {loaded && (
        <>
          <loaded.UndoDialog
            open={overlay?.kind === "undo"}
            onConfirm={() => {
              close();
              void actions.undo();
            }}
            onClose={close}
          />
          <loaded.SettingsDrawer
            open={overlay?.kind === "settings"}
            onSave={(settings) => saveSettings(settings, TEXTES.resultats.parametres)}
            onClose={close}
          />
          <loaded.DescribeTableDialog
            start={overlay?.kind === "describe" ? overlay.start : null}
            onSave={async (mapping) =>
              saveSettings(
                withMapping(await service.loadSettings(), mapping),
                TEXTES.resultats.correspondance(mapping.sheet, mapping.headerRow + 1),
              )
            }
            onClose={close}
          />
          <loaded.HelpPanel url={overlay?.kind === "help" ? overlay.url : null} onClose={close} />
        </>
      )}
    </main>
  );
}
