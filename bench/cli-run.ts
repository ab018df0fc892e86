/** The command line run as a user runs it (its own process): wall time and peak resident memory. */
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";

export interface CliRun {
  ms: number;
  /** Peak resident memory of the process, bytes. */
  peakRss: number;
  code: number;
}

const BUNDLE = resolve("dist", "verifpacte.cjs");
const PRELOAD = resolve("bench", "rss-preload.cjs");

export function runCli(args: string[], cwd: string): CliRun {
  const start = performance.now();
  const child = spawnSync(process.execPath, ["-r", PRELOAD, BUNDLE, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  const match = /__PIC_RSS_KO__ (\d+)/.exec(child.stderr ?? "");
  if (!match) throw new Error(`la ligne de commande n'a pas abouti : ${(child.stderr ?? "").slice(0, 300)}`);
  return { ms, peakRss: Number(match[1]) * 1024, code: child.status ?? -1 };
}
