/** Changes to a text as (start, end, replacement) on the original offsets, applied at once. */
export class Splices {
  private readonly items: { start: number; end: number; text: string; order: number }[] = [];

  constructor(private readonly source: string) {}

  replace(start: number, end: number, text: string): void {
    this.items.push({ start, end, text, order: this.items.length });
  }

  insert(at: number, text: string): void {
    this.replace(at, at, text);
  }

  get size(): number {
    return this.items.length;
  }

  /** The changed text; two replacements over the same characters are a bug, reported as such. */
  apply(): string {
    const sorted = [...this.items].sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
    const parts: string[] = [];
    let at = 0;
    for (const item of sorted) {
      if (item.start < at) throw new Error(`modifications qui se chevauchent à la position ${item.start}`);
      parts.push(this.source.slice(at, item.start), item.text);
      at = item.end;
    }
    parts.push(this.source.slice(at));
    return parts.join("");
  }
}
