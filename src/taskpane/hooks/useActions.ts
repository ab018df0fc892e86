/**
 * What the pane's buttons do to the workbook, through the service: apply fixes and comments,
 * ignore, report sheet, undo, settings. Each action reports its outcome as a French notice
 * (MessageBar); the ones that change the workbook re-run the analysis.
 */
import { useCallback, useState } from "react";
import type { Analysis } from "../../core/engine/analyze";
import { findingKey } from "../../core/engine/context";
import type { Finding } from "../../core/rules/types";
import type { Settings } from "../../core/settings";
import type { ApplyResult, WorkbookService } from "../../excel/service";
import { errorMessage, TEXTES } from "../textes";

export interface Notice {
  intent: "success" | "warning" | "error" | "info";
  title: string;
  text: string;
}

export interface Actions {
  busy: boolean;
  notice: Notice | null;
  dismissNotice(): void;
  /** Shows an error of something the pane tried (« L'opération a échoué » and the reason). */
  showError(error: unknown): void;
  /** Findings ignored during this session (their details stay known). */
  ignored: ReadonlyMap<string, Finding>;
  select(sheet: string, cell: string): Promise<void>;
  apply(fixes: Finding[], commentOnly: Finding[]): Promise<void>;
  /** « Ignorer » one finding, or « Ignorer les 12 » of a group: one write of the settings. */
  ignore(findings: Finding[]): Promise<void>;
  unignore(finding: Finding): Promise<void>;
  writeReport(analysis: Analysis): Promise<void>;
  undo(): Promise<void>;
  /** Rejects with the service's error, for the form to show it. */
  saveSettings(settings: Settings, message: string): Promise<void>;
}

/** « 12 cellules corrigées, 3 commentaires ajoutés. » (+ conflicts, + where comments went). */
export function applyNotice(result: ApplyResult): Notice {
  if (result.blocked) return { intent: "error", title: TEXTES.apercu.bloque, text: result.blocked };
  const parts = [`${TEXTES.resultats.applique(result.cells, result.comments)}.`];
  if (result.conflicts.length > 0) parts.push(TEXTES.resultats.conflitsNonAppliques(result.conflicts.length));
  if (result.commentMode === "report") parts.push(TEXTES.resultats.commentairesRapport);
  if (result.report) parts.push(TEXTES.resultats.rapportApres(result.report));
  if (result.notice) parts.push(result.notice);
  return {
    intent: result.conflicts.length > 0 || result.notice ? "warning" : "success",
    title: TEXTES.resultats.corrections,
    text: parts.join(" "),
  };
}

export function useActions(service: WorkbookService, refresh: () => Promise<void>): Actions {
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [ignored, setIgnored] = useState<ReadonlyMap<string, Finding>>(new Map());

  const fail = useCallback((error: unknown) => {
    setNotice({ intent: "error", title: TEXTES.erreurs.action, text: errorMessage(error) });
  }, []);

  /** Runs a change of the workbook: buttons disabled meanwhile, errors shown as a notice. */
  const change = useCallback(
    async (task: () => Promise<void>) => {
      setBusy(true);
      try {
        await task();
      } catch (error) {
        fail(error);
      } finally {
        setBusy(false);
      }
    },
    [fail],
  );

  const select = useCallback((sheet: string, cell: string) => service.selectCell(sheet, cell).catch(fail), [service, fail]);

  const apply = useCallback(
    (fixes: Finding[], commentOnly: Finding[]) =>
      change(async () => {
        const result = await service.apply(fixes, commentOnly);
        setNotice(applyNotice(result));
        if (!result.blocked) await refresh();
      }),
    [service, change, refresh],
  );

  const ignore = useCallback(
    (findings: Finding[]) =>
      change(async () => {
        if (findings.length === 1) await service.ignore(findings[0]);
        else {
          const settings = await service.loadSettings();
          await service.saveSettings({ ...settings, ignores: [...new Set([...settings.ignores, ...findings.map(findingKey)])] });
        }
        setIgnored((m) => {
          const next = new Map(m);
          for (const f of findings) next.set(findingKey(f), f);
          return next;
        });
      }),
    [service, change],
  );

  const unignore = useCallback(
    (finding: Finding) =>
      change(async () => {
        await service.unignore(finding);
        setIgnored((m) => {
          const next = new Map(m);
          next.delete(findingKey(finding));
          return next;
        });
        await refresh();
      }),
    [service, change, refresh],
  );

  const writeReport = useCallback(
    (analysis: Analysis) =>
      change(async () => {
        await service.writeReport(analysis);
        setNotice({ intent: "success", title: TEXTES.commandes.feuilleControles, text: TEXTES.resultats.rapport });
      }),
    [service, change],
  );

  const undo = useCallback(
    () =>
      change(async () => {
        const result = await service.undo();
        setNotice({
          intent: result.complete === false ? "warning" : "success",
          title: TEXTES.resultats.annulation,
          text: result.message,
        });
        await refresh();
      }),
    [service, change, refresh],
  );

  const saveSettings = useCallback(
    async (settings: Settings, message: string) => {
      await service.saveSettings(settings);
      setNotice({ intent: "success", title: TEXTES.commandes.parametres, text: message });
      void refresh();
    },
    [service, refresh],
  );

  const dismissNotice = useCallback(() => setNotice(null), []);

  return {
    busy,
    notice,
    dismissNotice,
    showError: fail,
    ignored,
    select,
    apply,
    ignore,
    unignore,
    writeReport,
    undo,
    saveSettings,
  };
}
