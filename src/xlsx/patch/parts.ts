/**
 * The package being patched: parts read from the original archive on demand, new contents kept
 * aside, relationships and content types added without rewriting what is there. A part never
 * changed is never re-serialised: the zip writer copies its stored bytes.
 */
import { damaged } from "../errors";
import { CONTENT_TYPES, parseRelationships, Relationship, relativeTarget, relsPartOf } from "../opc";
import { escapeAttribute } from "../xml/entities";
import { XmlError } from "../xml/scanner";
import { writeArchive } from "../zip/write";
import { ZipArchive } from "../zip/read";

export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  styles: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles",
  comments: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  vmlDrawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing",
};

export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  comments: "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml",
  vml: "application/vnd.openxmlformats-officedocument.vmlDrawing",
};

const RELS_HEADER =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';

export class Parts {
  private readonly texts = new Map<string, string>();
  private readonly changed = new Map<string, Uint8Array | null>();

  constructor(readonly archive: ZipArchive) {}

  /** The stored name of a part (its case in the archive), or the name given for a new one. */
  name(part: string): string {
    return this.archive.entry(part)?.name ?? part;
  }

  has(part: string): boolean {
    const key = part.toLowerCase();
    if (this.changed.has(key)) return this.changed.get(key) !== null;
    return this.archive.has(part);
  }

  /** A part's text as it is now (changed or original); null when absent. */
  text(part: string): string | null {
    const key = part.toLowerCase();
    const known = this.texts.get(key);
    if (known !== undefined) return known;
    if (this.changed.get(key) === null || !this.archive.has(part)) return null;
    const text = this.archive.text(part);
    this.texts.set(key, text);
    return text;
  }

  write(part: string, text: string): void {
    const key = part.toLowerCase();
    if (this.text(part) === text) return;
    this.texts.set(key, text);
    this.changed.set(key, new TextEncoder().encode(text));
    this.names.set(key, this.name(part));
  }

  remove(part: string): void {
    const key = part.toLowerCase();
    this.texts.delete(key);
    this.changed.set(key, null);
    this.names.set(key, this.name(part));
  }

  private readonly names = new Map<string, string>();

  /** Names of the parts changed, added or removed. */
  touched(): string[] {
    return [...this.changed.keys()].map((k) => this.names.get(k) ?? k).sort();
  }

  /** A part name not used yet: « xl/comments1.xml », « xl/comments2.xml »… */
  freeName(prefix: string, suffix: string): string {
    for (let n = 1; ; n++) {
      const name = `${prefix}${n}${suffix}`;
      if (!this.has(name)) return name;
    }
  }

  relationships(source: string): Relationship[] {
    const text = this.text(relsPartOf(source));
    if (text === null) return [];
    try {
      return parseRelationships(text, source);
    } catch (error) {
      if (error instanceof XmlError) throw damaged(relsPartOf(source), error.message);
      throw error;
    }
  }

  /** Adds a relationship from `source` to `target`; returns its new id. */
  addRelationship(source: string, type: string, target: string): string {
    const rels = relsPartOf(source);
    const existing = this.relationships(source);
    const ids = new Set(existing.map((r) => r.id));
    let n = existing.length + 1;
    while (ids.has(`rId${n}`)) n++;
    const id = `rId${n}`;
    const text = this.text(rels) ?? RELS_HEADER;
    const item = `<Relationship Id="${id}" Type="${type}" Target="${escapeAttribute(relativeTarget(source, target))}"/>`;
    this.write(rels, insertBeforeClose(text, item));
    return id;
  }

  /** Makes sure the content type of `part` is declared (an Override, or a Default for its extension). */
  declare(part: string, contentType: string, byExtension = false): void {
    const text = this.text(CONTENT_TYPES);
    if (text === null) throw damaged(CONTENT_TYPES, "partie absente");
    if (byExtension) {
      const extension = part.slice(part.lastIndexOf(".") + 1).toLowerCase();
      if (new RegExp(`Extension="${extension}"`, "i").test(text)) return;
      this.write(CONTENT_TYPES, insertBeforeClose(text, `<Default Extension="${extension}" ContentType="${contentType}"/>`));
      return;
    }
    if (text.toLowerCase().includes(`partname="/${part.toLowerCase()}"`)) return;
    this.write(
      CONTENT_TYPES,
      insertBeforeClose(text, `<Override PartName="/${escapeAttribute(part)}" ContentType="${contentType}"/>`),
    );
  }

  /** Removes the Override of a removed part. */
  undeclare(part: string): void {
    const text = this.text(CONTENT_TYPES);
    if (text === null) return;
    const pattern = new RegExp(`<(\\w+:)?Override\\s[^>]*PartName="/${escapeRegExp(part)}"[^>]*/>`, "i");
    if (pattern.test(text)) this.write(CONTENT_TYPES, text.replace(pattern, ""));
  }

  /** Removes a relationship (by id) from the rels of `source`. */
  removeRelationship(source: string, id: string): void {
    const rels = relsPartOf(source);
    const text = this.text(rels);
    if (text === null) return;
    const pattern = new RegExp(`<(\\w+:)?Relationship\\b(?=[^>]*\\sId="${escapeRegExp(id)}")[^>]*/>`);
    this.write(rels, text.replace(pattern, ""));
  }

  bytes(): Uint8Array {
    const changes = new Map<string, Uint8Array | null>();
    for (const [key, content] of this.changed) changes.set(this.names.get(key) ?? key, content);
    return writeArchive(this.archive, changes);
  }
}

/** `item` inserted just before the root element's closing tag. */
export function insertBeforeClose(xml: string, item: string): string {
  const close = xml.lastIndexOf("</");
  const selfClosing = /<([\w:]+)([^<>]*)\/>\s*$/.exec(xml);
  if (selfClosing && (close < 0 || close < selfClosing.index)) {
    return `${xml.slice(0, selfClosing.index)}<${selfClosing[1]}${selfClosing[2]}>${item}</${selfClosing[1]}>`;
  }
  return xml.slice(0, close) + item + xml.slice(close);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
