/**
 * The attributes of a start tag written the usual way, read in place in the bytes for the sheet
 * reader's fast path (sheet.ts: <row>, <c>, <f>): one mechanism for the three tags. Anything out
 * of the usual — a space around « = », an empty name, a value without quotes or holding an
 * entity, a tag cut by the end of the bytes — gives -1, and the caller leaves the element to the
 * scanner, whose events decode and report it.
 */

/** Fields of one attribute in StartTag.spans. */
export const enum Span {
  /** First byte of the name as written (prefix included). */
  Name,
  /** First byte of its local name (after the last « : »). */
  Local,
  /** End of the name. */
  NameTo,
  /** The value, quotes excluded. */
  Value,
  ValueTo,
}
const SPAN_FIELDS = 5;

const LT_SPACE = 32;
const GT = 62;
const SLASH = 47;
const EQUALS = 61;
const COLON = 58;
const DQUOTE = 34;
const SQUOTE = 39;
const AMPERSAND = 38;

/** The attributes of the last tag read (reused from tag to tag: nothing allocated per cell). */
export class StartTag {
  spans = new Int32Array(8 * SPAN_FIELDS);
  count = 0;
  /** The tag closes itself (« /> »). */
  empty = false;

  /**
   * Reads the attributes from s[i], the byte after the element's name; the offset after the tag's
   * « > », or -1 when the tag is not in the usual form.
   */
  read(s: Uint8Array, i: number): number {
    // Every read is checked against the length: a read past the end would deoptimise this code.
    const length = s.length;
    this.count = 0;
    this.empty = false;
    if (i >= length) return -1;
    let c = s[i];
    if (!(c <= LT_SPACE || c === GT || c === SLASH)) return -1;
    for (;;) {
      while (c <= LT_SPACE) {
        if (++i >= length) return -1;
        c = s[i];
      }
      if (c === GT) return i + 1;
      if (c === SLASH) {
        if (i + 1 >= length || s[i + 1] !== GT) return -1;
        this.empty = true;
        return i + 2;
      }
      const name = i;
      let local = i;
      for (; i < length; i++) {
        c = s[i];
        if (c === COLON) local = i + 1;
        else if (c === EQUALS || c <= LT_SPACE || c === GT || c === SLASH) break;
      }
      if (c !== EQUALS || i === name || local === i || ++i >= length) return -1;
      const quote = s[i];
      if (quote !== DQUOTE && quote !== SQUOTE) return -1;
      const from = i + 1;
      // Values are short (« B2 », « 3 »): a loop costs less than a call to indexOf.
      for (i = from; i < length; i++) {
        c = s[i];
        if (c === quote || c === AMPERSAND) break;
      }
      if (c !== quote || ++i >= length) return -1;
      this.add(name, local, from - 2, from, i - 1);
      c = s[i];
    }
  }

  /** Whether attribute k's name has a prefix (« x:r »). */
  prefixed(k: number): boolean {
    return this.spans[k * SPAN_FIELDS + Span.Local] !== this.spans[k * SPAN_FIELDS + Span.Name];
  }

  /** Field `field` of attribute k. */
  at(k: number, field: Span): number {
    return this.spans[k * SPAN_FIELDS + field];
  }

  private add(name: number, local: number, nameTo: number, value: number, valueTo: number): void {
    const at = this.count++ * SPAN_FIELDS;
    if (at + SPAN_FIELDS > this.spans.length) {
      const spans = new Int32Array(this.spans.length * 2);
      spans.set(this.spans);
      this.spans = spans;
    }
    const spans = this.spans;
    spans[at + Span.Name] = name;
    spans[at + Span.Local] = local;
    spans[at + Span.NameTo] = nameTo;
    spans[at + Span.Value] = value;
    spans[at + Span.ValueTo] = valueTo;
  }
}
