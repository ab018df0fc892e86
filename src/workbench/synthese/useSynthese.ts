/**
 * The workbench's regional synthesis: several .xlsx dropped (or chosen) at once are read in the
 * page, each département's workbooks checked together (src/core/synthese), with a progress
 * indicator; the result is shown and exported as the same .xlsx as `verifpacte synthese`.
 * The engine, its writer and its view are loaded the first time (engine.ts, through parts.ts):
 * meanwhile the page says so; when they cannot be loaded, `onFailure` (stable: it is a dependency
 * of `start`) gets a French message and the page stays as it was.
 */
import { ComponentType, useCallback, useMemo, useState } from "react";
import type { Progression, Synthese } from "../../core/synthese";
import { formatNumberFr } from "../../core/parse/format";
import { readXlsx } from "../../xlsx/read";
import { LIMITS } from "../open";
import { loadSynthese } from "../parts";
import { saveFile } from "../useWorkbench";
import { TEXTES_SYNTHESE } from "./textes";

type Engine = Awaited<ReturnType<typeof loadSynthese>>;

export type SyntheseStatus = "inactive" | "en-cours" | "prete" | "echec";

export interface SyntheseBench {
  status: SyntheseStatus;
  progress: Progression | null;
  /** Number of files being read. */
  total: number;
  synthese: Synthese | null;
  error: string | null;
  /** Last download, for the notice. */
  downloaded: string | null;
  start(files: File[]): Promise<void>;
  setEnveloppe(cents: number | null): void;
  download(): void;
  close(): void;
}

export interface SyntheseHost extends SyntheseBench {
  /** The « Synthèse » view once its part is loaded; null before (the page shows that it is loading). */
  View: ComponentType<{ bench: SyntheseBench }> | null;
}

/** Reads a dropped file into a snapshot; a French message when it cannot. */
async function load(file: File) {
  if (!/\.xlsx$/i.test(file.name)) throw new Error(TEXTES_SYNTHESE.erreurs.pasXlsx);
  const megabytes = file.size / (1024 * 1024);
  if (megabytes > LIMITS.megabytes) {
    throw new Error(TEXTES_SYNTHESE.erreurs.tropLourd(formatNumberFr(megabytes), formatNumberFr(LIMITS.megabytes)));
  }
  return (await readXlsx(new Uint8Array(await file.arrayBuffer()), file.name)).workbook;
}

/** Lets the page repaint the progress bar between two files. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function useSynthese(onFailure: (title: string, text: string) => void): SyntheseHost {
  const [status, setStatus] = useState<SyntheseStatus>("inactive");
  const [progress, setProgress] = useState<Progression | null>(null);
  const [total, setTotal] = useState(0);
  const [synthese, setSynthese] = useState<Synthese | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);
  const [engine, setEngine] = useState<Engine | null>(null);

  const start = useCallback(
    async (files: File[]) => {
      setStatus("en-cours");
      setTotal(files.length);
      setProgress(null);
      setSynthese(null);
      setError(null);
      setDownloaded(null);
      let loaded: Engine;
      try {
        loaded = await loadSynthese();
      } catch (e) {
        // Back to the workbook as it was; the message says what happened.
        setStatus("inactive");
        onFailure(TEXTES_SYNTHESE.erreurs.titre, e instanceof Error ? e.message : String(e));
        return;
      }
      setEngine(loaded);
      try {
        const result = await loaded.synthesize({ files, name: (f) => f.name, load, progress: setProgress, pause });
        setSynthese(result);
        setStatus("prete");
      } catch (e) {
        setError(e instanceof Error ? e.message : String(e));
        setStatus("echec");
      } finally {
        setProgress(null);
      }
    },
    [onFailure],
  );

  const download = useCallback(() => {
    if (!synthese || !engine) return;
    const { relativeLinks, syntheseXlsx } = engine;
    const name = `synthese-regionale-${synthese.annee}.xlsx`;
    try {
      // The links open the files by name: the synthesis is meant to sit beside them.
      saveFile(syntheseXlsx(synthese, { link: relativeLinks((file) => file) }), name);
      setDownloaded(name);
    } catch (e) {
      setError(`${TEXTES_SYNTHESE.erreurs.telechargement} : ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [synthese, engine]);

  return useMemo(
    () => ({
      status,
      progress,
      total,
      synthese,
      error,
      downloaded,
      View: engine?.SyntheseView ?? null,
      start,
      setEnveloppe: (cents: number | null) => setSynthese((s) => (s && engine ? engine.avecEnveloppe(s, cents) : s)),
      download,
      close: () => {
        setStatus("inactive");
        setSynthese(null);
        setError(null);
      },
    }),
    [status, progress, total, synthese, error, downloaded, start, download, engine],
  );
}
