/** A progress bar on stderr while many workbooks are read, only on a terminal (stdout stays clean). */
import { escapeControls } from "../core/report/escape";

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** One more file started. */
  step(file: string): void;
  /** Erases the bar. */
  done(): void;
}

const PROGRESS_THRESHOLD = 3;
const BAR_WIDTH = 20;
const CLEAR_LINE = "\r\x1b[K";

/** A terminal gets a progress bar (and a final count line) above PROGRESS_THRESHOLD files. */
export function showsProgress(stream: Output, total: number): boolean {
  return Boolean(stream.isTTY) && total > PROGRESS_THRESHOLD;
}

export function createProgress(stream: Output, total: number): Progress {
  if (!showsProgress(stream, total)) return { step: () => undefined, done: () => undefined };
  let current = 0;
  return {
    step(file) {
      current++;
      stream.write(CLEAR_LINE + progressLine(current, total, file, stream.columns ?? 80));
    },
    done() {
      stream.write(CLEAR_LINE);
    },
  };
}

/** « [######--------------] 3/10 dossier/classeur.xlsx », cut to the terminal width. */
export function progressLine(current: number, total: number, file: string, columns: number): string {
  const filled = Math.round((BAR_WIDTH * current) / total);
  const line = `[${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}] ${current}/${total} ${escapeControls(file)}`;
  return line.length < columns ? line : `${line.slice(0, Math.max(0, columns - 2))}…`;
}
