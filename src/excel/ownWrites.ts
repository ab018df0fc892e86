/**
 * Live mode must ignore the add-in's own writes. From ExcelApi 1.14 Excel says so in the event
 * (triggerSource "ThisLocalAddin"); before, the adapter remembers the ranges it wrote while live
 * mode is on, and the first event for each of them is its own.
 */
import { Range, parseRangeAddress, rangeAddress } from "../core/grid/address";

export class OwnWrites {
  /** Live mode is on and the host's events do not tell who wrote. */
  recording = false;
  private readonly pending = new Map<string, number>();

  record(range: Range): void {
    if (!this.recording) return;
    const key = rangeAddress(range);
    this.pending.set(key, (this.pending.get(key) ?? 0) + 1);
  }

  /** True (once per recorded write) when an event's address is a range the add-in wrote. */
  consume(address: string): boolean {
    const range = parseRangeAddress(address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, ""));
    const key = range ? rangeAddress(range) : address;
    const n = this.pending.get(key) ?? 0;
    if (n === 0) return false;
    if (n === 1) this.pending.delete(key);
    else this.pending.set(key, n - 1);
    return true;
  }

  clear(): void {
    this.pending.clear();
  }
}
