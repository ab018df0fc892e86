/**
 * The workbench's state: the workbook open (and its task pane service), the sheet shown, the
 * selected cell (following the pane's selectCell), the last analysis, messages; and its actions:
 * open bytes, open an embedded example, download the corrected copy (its writer is loaded on the
 * first download, parts.ts), type into a cell.
 */
import { useCallback, useMemo, useRef, useState } from "react";
import type { Analysis } from "../core/engine/analyze";
import type { WorkbookService } from "../excel";
import { WorkbookError } from "../excel/errors";
import { OpenedWorkbook, openWorkbook, WorkbenchError } from "./open";
import { loadExport } from "./parts";
import { createSession } from "./session";
import { visibleSheets } from "./sheetView";
import { TEXTES } from "./textes";

export interface Selection {
  sheet: string;
  address: string;
}

export type Notice = { kind: "error"; title: string; text: string } | { kind: "warning" | "success"; text: string };

export interface Workbench {
  opened: OpenedWorkbook | null;
  service: WorkbookService | null;
  analysis: Analysis | null;
  sheet: string | null;
  selection: Selection | null;
  /** What is going on, for the spinner (« Ouverture de … »), or null. */
  busy: string | null;
  notices: Notice[];
  /** Changes whenever the fake changed: the view redraws. */
  version: number;
  open(bytes: Uint8Array, name: string): Promise<void>;
  openUrl(url: string, name: string): Promise<void>;
  refuse(reason: string): void;
  /** An error message above the workbook (stable from one render to the next). */
  fail(title: string, text: string): void;
  download(): Promise<void>;
  showSheet(sheet: string): void;
  select(selection: Selection): void;
  edit(selection: Selection, input: string): void;
  dismiss(notice: Notice): void;
}

function messageOf(error: unknown): string {
  // WorkbookError: a part of the page that could not be loaded (parts.ts), said in French.
  if (error instanceof WorkbenchError || error instanceof WorkbookError) return error.message;
  return TEXTES.erreurs.inattendue(error instanceof Error ? error.message : String(error));
}

/** Saves bytes as a file through a temporary link (the browser's download). */
export function saveFile(bytes: Uint8Array, name: string): void {
  const blob = new Blob([bytes.slice()], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function useWorkbench(): Workbench {
  const [opened, setOpened] = useState<OpenedWorkbook | null>(null);
  const [service, setService] = useState<WorkbookService | null>(null);
  const [analysis, setAnalysis] = useState<Analysis | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [version, setVersion] = useState(0);
  /** The pane's last selection and active sheet in the fake, to follow them when they change. */
  const seen = useRef<{ selection: unknown; active: unknown }>({ selection: null, active: null });

  const fail = useCallback((title: string, text: string) => setNotices((all) => [...all, { kind: "error", title, text }]), []);

  const open = useCallback(
    async (bytes: Uint8Array, name: string) => {
      setBusy(TEXTES.ouverture(name));
      try {
        const next = await openWorkbook(bytes, name);
        const follow = () => {
          const { selection: picked, activeSheet } = next.fake;
          if (picked && picked !== seen.current.selection)
            setSelection({ sheet: picked.sheet, address: picked.address.split(":")[0] });
          if (activeSheet && activeSheet !== seen.current.active) setSheet(activeSheet);
          seen.current = { selection: picked, active: activeSheet };
          setVersion((v) => v + 1);
        };
        seen.current = { selection: null, active: null };
        setService(createSession(next.fake, { changed: follow, analysed: setAnalysis }));
        setOpened(next);
        setAnalysis(null);
        setSelection(null);
        setSheet(visibleSheets(next.fake)[0] ?? null);
        setNotices(next.notices.map((text) => ({ kind: "warning", text })));
      } catch (error) {
        fail(TEXTES.erreurs.ouverture, messageOf(error));
      } finally {
        setBusy(null);
      }
    },
    [fail],
  );

  const openUrl = useCallback(
    async (url: string, name: string) => {
      try {
        const response = await fetch(url);
        if (!response.ok) throw new WorkbenchError(TEXTES.erreurs.fichier(name, TEXTES.erreurs.exemple));
        await open(new Uint8Array(await response.arrayBuffer()), name);
      } catch (error) {
        fail(
          TEXTES.erreurs.ouverture,
          error instanceof WorkbenchError ? error.message : TEXTES.erreurs.fichier(name, TEXTES.erreurs.exemple),
        );
      }
    },
    [open, fail],
  );

  const download = useCallback(async () => {
    if (!opened) return;
    setBusy(TEXTES.telechargement);
    try {
      const { correctedName, exportWorkbook } = await loadExport();
      const name = correctedName(opened.name);
      saveFile(await exportWorkbook(opened), name);
      setNotices((all) => [...all.filter((n) => n.kind !== "success"), { kind: "success", text: TEXTES.avis.telecharge(name) }]);
    } catch (error) {
      fail(TEXTES.erreurs.telechargement, messageOf(error));
    } finally {
      setBusy(null);
    }
  }, [opened, fail]);

  const edit = useCallback(
    (at: Selection, input: string) => {
      if (!opened) return;
      try {
        opened.fake.userEdit(at.sheet, at.address, input);
        setVersion((v) => v + 1);
      } catch (error) {
        fail(TEXTES.erreurs.saisie, messageOf(error));
      }
    },
    [opened, fail],
  );

  return useMemo(
    () => ({
      opened,
      service,
      analysis,
      sheet,
      selection,
      busy,
      notices,
      version,
      open,
      openUrl,
      refuse: (reason: string) => fail(TEXTES.erreurs.ouverture, reason),
      fail,
      download,
      showSheet: setSheet,
      select: (at: Selection) => {
        setSheet(at.sheet);
        setSelection(at);
      },
      edit,
      dismiss: (notice: Notice) => setNotices((all) => all.filter((n) => n !== notice)),
    }),
    [opened, service, analysis, sheet, selection, busy, notices, version, open, openUrl, fail, download, edit],
  );
}
