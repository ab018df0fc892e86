/**
 * Reads spread over as few syncs as Excel's limits allow. The groups are synced one after the
 * other; `extras` (small loads that must travel with the first group) are queued again with each
 * attempt until one succeeds; a group Excel refuses as too large is halved and read again.
 */
import { ReadBlock, chunkBySize, halve } from "./blocks";
import { isPayloadError } from "./errors";

export interface GroupReads<T extends ReadBlock, E> {
  groups: T[][];
  /** Queues the loads of one block; the returned function consumes them after the sync. */
  queue: (block: T) => () => void;
  /** Cuts a single block that is too large; null when it cannot be cut. */
  split: (block: T) => [T, T] | null;
  /** Loads to send with the first group; the returned reader is called after that sync. */
  extras: () => () => E;
}

export async function syncGroups<T extends ReadBlock, E>(context: Excel.RequestContext, reads: GroupReads<T, E>): Promise<E> {
  const pending = [...reads.groups];
  let extras: (() => E) | null = null;
  do {
    const group = pending.shift() ?? [];
    const readExtras: (() => E) | null = extras ? null : reads.extras();
    const consumers = group.map(reads.queue);
    try {
      await context.sync();
    } catch (error) {
      const halves = isPayloadError(error) && group.length > 0 ? halve(group, reads.split) : null;
      if (!halves) throw error;
      pending.unshift(...halves);
      continue;
    }
    extras ??= readExtras;
    consumers.forEach((consume) => consume());
  } while (pending.length > 0);
  return (extras as () => E)();
}

/**
 * Small reads of many items (a name's range per journal entry…) cut into syncs under the request
 * budget: `queue` queues one item's loads and returns its reader.
 */
export async function syncChunks<T, R>(
  context: Excel.RequestContext,
  items: T[],
  bytesPerItem: (item: T) => number,
  budget: number,
  queue: (item: T) => () => R,
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunkBySize(items, bytesPerItem, budget)) {
    const readers = chunk.map(queue);
    await context.sync();
    out.push(...readers.map((read) => read()));
  }
  return out;
}
