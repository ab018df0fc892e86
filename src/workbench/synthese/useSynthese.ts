/**
 * The workbench's regional synthesis: several .xlsx dropped (or chosen) at once are read in the
 * page, each département's workbooks checked together (src/core/synthese), with a progress
 * indicator; the result is shown and exported as the same .xlsx as `verifpacte synthese`.
 */
import { useCallback, useMemo, useState } from "react";
import { readXlsx } from "../../xlsx";
import { formatNumberFr } from "../../core/parse/format";
import { avecEnveloppe, Progression, synthesize, Synthese } from "../../core/synthese";
import { relativeLinks, syntheseXlsx } from "../../xlsx/create/synthese";
import { LIMITS } from "../open";
import { saveFile } from "../useWorkbench";
import { TEXTES_SYNTHESE } from "./textes";

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

export function useSynthese(): SyntheseBench {
  const [status, setStatus] = useState<SyntheseStatus>("inactive");
  const [progress, setProgress] = useState<Progression | null>(null);
  const [total, setTotal] = useState(0);
  const [synthese, setSynthese] = useState<Synthese | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [downloaded, setDownloaded] = useState<string | null>(null);

  const start = useCallback(async (files: File[]) => {
    setStatus("en-cours");
    setTotal(files.length);
    setProgress(null);
    setSynthese(null);
    setError(null);
    setDownloaded(null);
    try {
      const result = await synthesize({ files, name: (f) => f.name, load, progress: setProgress, pause });
      setSynthese(result);
      setStatus("prete");
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setStatus("echec");
    } finally {
      setProgress(null);
    }
  }, []);

  const download = useCallback(() => {
    if (!synthese) return;
    const name = `synthese-regionale-${synthese.annee}.xlsx`;
    try {
      // The links open the files by name: the synthesis is meant to sit beside them.
      saveFile(syntheseXlsx(synthese, { link: relativeLinks((file) => file) }), name);
      setDownloaded(name);
    } catch (e) {
      setError(`${TEXTES_SYNTHESE.erreurs.telechargement} : ${e instanceof Error ? e.message : String(e)}`);
    }
  }, [synthese]);

  return useMemo(
    () => ({
      status,
      progress,
      total,
      synthese,
      error,
      downloaded,
      start,
      setEnveloppe: (cents: number | null) => setSynthese((s) => (s ? avecEnveloppe(s, cents) : s)),
      download,
      close: () => {
        setStatus("inactive");
        setSynthese(null);
        setError(null);
      },
    }),
    [status, progress, total, synthese, error, downloaded, start, download],
  );
}
