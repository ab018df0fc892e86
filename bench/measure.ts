/** Timing and memory helpers of the bench: wall-clock milliseconds, median and p95, sampled peaks. */
import { performance } from "node:perf_hooks";

/** Rounded to 2 decimals, for printing and for --json. */
export const round2 = (n: number): number => Math.round(n * 100) / 100;

export const megabytes = (bytes: number): number => round2(bytes / (1024 * 1024));

/**
 * Runs `fn` once: its result, its wall-clock duration and the process's CPU time meanwhile, in ms
 * (the CPU time barely moves when other processes share the machine; it includes the GC threads).
 */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ result: T; ms: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await fn();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { result, ms, cpuMs: (used.user + used.system) / 1000 };
}

export interface RunStats {
  median: number;
  p95: number;
  runs: number;
}

/** Nearest-rank percentile of sorted durations. */
function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** `warmup` untimed runs, then `runs` timed ones. */
export function repeat(fn: () => unknown, warmup: number, runs: number): RunStats {
  for (let i = 0; i < warmup; i++) fn();
  const durations: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    durations.push(performance.now() - start);
  }
  durations.sort((a, b) => a - b);
  return { median: round2(percentile(durations, 50)), p95: round2(percentile(durations, 95)), runs };
}

/** A full garbage collection when node runs with --expose-gc (see the "bench" script); false otherwise. */
export function collectGarbage(): boolean {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  return gc !== undefined;
}

export interface MemoryPeak {
  heapUsed: number;
  rss: number;
}

/**
 * Samples heapUsed and rss every few ms while asynchronous work runs (synchronous code cannot be
 * interrupted: call `sample()` after it). Peaks in bytes.
 */
export function memorySampler(everyMs = 5): { sample(): void; stop(): MemoryPeak } {
  const peak: MemoryPeak = { heapUsed: 0, rss: 0 };
  const sample = () => {
    const m = process.memoryUsage();
    peak.heapUsed = Math.max(peak.heapUsed, m.heapUsed);
    peak.rss = Math.max(peak.rss, m.rss);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    sample,
    stop() {
      clearInterval(timer);
      sample();
      return peak;
    },
  };
}
