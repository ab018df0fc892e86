/**
 * Notes (Excel's legacy comments) written into the copy: the sheet's comments part gets the new
 * or appended text (an existing note keeps its runs and their formatting, the added text is a
 * new run), and the sheet's VML drawing gets the shape Excel needs to show a new note. A sheet
 * without notes gets both parts, their relationships, content types and `<legacyDrawing>`.
 * A cell holding a threaded comment is left alone (its thread is not a note).
 */
import { damaged } from "../errors";
import { REL } from "../opc";
import { parseRangeRef } from "../read/cells";
import { parseThreadedComments } from "../read/comments";
import { RichText } from "../read/strings";
import { escapeAttribute, escapeText } from "../xml/entities";
import { Tag, XmlError, XmlScanner } from "../xml/scanner";
import { Refusal } from "./edits";
import { CONTENT_TYPE, Parts, REL_TYPE } from "./parts";
import { Splices } from "./splices";

export const NOTE_AUTHOR = "VerifPacte";

interface CommentSpan {
  ref: string;
  start: number;
  end: number;
  /** The `<text>` element's content (between its tags). */
  textStart: number;
  textEnd: number;
  plain: string;
}

interface CommentsIndex {
  xml: string;
  comments: Map<string, CommentSpan>;
  authors: string[];
  authorsClose: number;
  listClose: number;
}

function indexComments(xml: string, part: string): CommentsIndex {
  const index: CommentsIndex = { xml, comments: new Map(), authors: [], authorsClose: -1, listClose: -1 };
  let current: CommentSpan | null = null;
  let inAuthor = false;
  let author = "";
  const rich = new RichText();
  try {
    XmlScanner.scan(xml, {
      open(tag: Tag) {
        if (tag.name === "comment") {
          current = {
            ref: (tag.get("ref") ?? "").toUpperCase(),
            start: tag.start,
            end: tag.end,
            textStart: -1,
            textEnd: -1,
            plain: "",
          };
        } else if (tag.name === "text" && current) current.textStart = tag.selfClosing ? tag.end : tag.end;
        else if (tag.name === "author") {
          inAuthor = true;
          author = "";
        } else if (current) rich.open(tag.name);
      },
      close(name: string, end: number) {
        if (name === "comment" && current) {
          current.end = end;
          current.plain = rich.take();
          index.comments.set(current.ref, current);
          current = null;
        } else if (name === "text" && current) current.textEnd = xml.lastIndexOf("</", end - 1);
        else if (name === "author") {
          index.authors.push(author);
          inAuthor = false;
        } else if (name === "authors") index.authorsClose = xml.lastIndexOf("</", end - 1);
        else if (name === "commentList") index.listClose = xml.lastIndexOf("</", end - 1);
        else if (current) rich.close(name);
      },
      text(text: string) {
        if (inAuthor) author += text;
        else rich.text(text);
      },
      wantsText: () => inAuthor || rich.wantsText,
    });
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
  return index;
}

function run(text: string): string {
  return `<r><t xml:space="preserve">${escapeText(text)}</t></r>`;
}

const COMMENTS_TEMPLATE =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors></authors><commentList></commentList></comments>';

function vmlTemplate(idmap: number): string {
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${idmap}"/></o:shapelayout>` +
    NOTE_SHAPETYPE +
    "</xml>"
  );
}

const NOTE_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

function noteShape(id: number, row: number, col: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:180pt;height:80pt;z-index:${id % 1024};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${col + 1}, 15, ${row}, 2, ${col + 4}, 15, ${row + 5}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${col}</x:Column></x:ClientData></v:shape>`
  );
}

/** The note shapes of a VML drawing, by « row:col » (VML is not always well-formed XML: read by patterns). */
function noteShapes(vml: string): Map<string, { start: number; end: number }> {
  const out = new Map<string, { start: number; end: number }>();
  for (const match of vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)) {
    const shape = match[0];
    if (!/ObjectType\s*=\s*"Note"/.test(shape)) continue;
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const col = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    if (row !== undefined && col !== undefined)
      out.set(`${row}:${col}`, { start: match.index ?? 0, end: (match.index ?? 0) + shape.length });
  }
  return out;
}

/** The next free shape number across the workbook's VML drawings, and a free idmap block. */
function freeShapeIds(parts: Parts): { nextShape: number; idmap: number } {
  let shape = 1024;
  let idmap = 0;
  for (const entry of parts.archive.entries) {
    if (!/\.vml$/i.test(entry.name)) continue;
    const text = parts.text(entry.name) ?? "";
    for (const m of text.matchAll(/_x0000_s(\d+)/g)) shape = Math.max(shape, Number(m[1]));
    for (const m of text.matchAll(/\bdata="([\d,\s]+)"/g))
      for (const n of m[1].split(/[,\s]+/)) idmap = Math.max(idmap, Number(n) || 0);
  }
  return { nextShape: shape + 1, idmap: idmap + 1 };
}

export interface NotesResult {
  refused: Refusal[];
  /** r:id of a VML drawing the sheet must now point to with `<legacyDrawing>`. */
  legacyDrawing: string | null;
}

/**
 * Writes the notes of one sheet: `notes` gives each cell's full new text (null removes the
 * note). `legacyDrawing` is the r:id the sheet already has, if any.
 */
export function patchNotes(
  parts: Parts,
  sheetPart: string,
  sheetName: string,
  notes: Map<string, string | null>,
  legacyDrawing: string | undefined,
): NotesResult {
  const result: NotesResult = { refused: [], legacyDrawing: null };
  if (notes.size === 0) return result;
  const rels = parts.relationships(sheetPart);
  const threaded = new Set<string>();
  for (const rel of rels.filter((r) => r.kind === REL.threadedComment && r.part && parts.has(r.part))) {
    let refs: string[];
    try {
      refs = [...parseThreadedComments(parts.text(rel.part as string) ?? "").keys()];
    } catch (error) {
      if (error instanceof XmlError) throw damaged(rel.part as string, error.message);
      throw error;
    }
    for (const ref of refs) threaded.add(ref);
  }
  const wanted = new Map<string, string | null>();
  for (const [address, text] of notes) {
    if (threaded.has(address.toUpperCase())) {
      result.refused.push({
        sheet: sheetName,
        cell: address,
        reason: "la cellule porte un commentaire en fil de discussion : la note VerifPacte n'y est pas ajoutée",
        protectedSheet: false,
      });
    } else wanted.set(address.toUpperCase(), text);
  }
  if (wanted.size === 0) return result;

  let commentsPart = rels.find((r) => r.kind === REL.comments && r.part && parts.has(r.part))?.part ?? null;
  if (!commentsPart) {
    if ([...wanted.values()].every((t) => t === null)) return result;
    commentsPart = parts.freeName("xl/comments", ".xml");
    parts.write(commentsPart, COMMENTS_TEMPLATE);
    parts.addRelationship(sheetPart, REL_TYPE.comments, commentsPart);
    parts.declare(commentsPart, CONTENT_TYPE.comments);
  }
  const vmlRel = legacyDrawing ? rels.find((r) => r.id === legacyDrawing && r.part) : undefined;
  let vmlPart = vmlRel?.part ?? null;
  if (vmlPart && !parts.has(vmlPart)) vmlPart = null;
  const shapeIds = freeShapeIds(parts);
  if (!vmlPart) {
    vmlPart = parts.freeName("xl/drawings/vmlDrawing", ".vml");
    parts.write(vmlPart, vmlTemplate(shapeIds.idmap));
    shapeIds.nextShape = Math.max(shapeIds.nextShape, shapeIds.idmap * 1024 + 1);
    result.legacyDrawing = parts.addRelationship(sheetPart, REL_TYPE.vmlDrawing, vmlPart);
    parts.declare(vmlPart, CONTENT_TYPE.vml, true);
  }
  writeComments(parts, commentsPart, wanted);
  writeShapes(parts, vmlPart, wanted, shapeIds.nextShape);
  return result;
}

function writeComments(parts: Parts, part: string, wanted: Map<string, string | null>): void {
  const index = indexComments(parts.text(part) ?? COMMENTS_TEMPLATE, part);
  const splices = new Splices(index.xml);
  let authorId = index.authors.indexOf(NOTE_AUTHOR);
  const added: string[] = [];
  for (const [address, text] of wanted) {
    const existing = index.comments.get(address);
    if (existing && text === null) splices.replace(existing.start, existing.end, "");
    else if (existing && text !== null) {
      if (text === existing.plain) continue;
      if (text.startsWith(existing.plain) && existing.textStart >= 0 && existing.textEnd >= existing.textStart) {
        splices.insert(existing.textEnd, run(text.slice(existing.plain.length)));
      } else if (existing.textStart >= 0 && existing.textEnd >= existing.textStart) {
        splices.replace(existing.textStart, existing.textEnd, run(text));
      }
    } else if (text !== null) {
      if (authorId < 0) {
        authorId = index.authors.length;
        if (index.authorsClose < 0) throw damaged(part, "liste des auteurs absente");
        splices.insert(index.authorsClose, `<author>${escapeText(NOTE_AUTHOR)}</author>`);
      }
      added.push(`<comment ref="${escapeAttribute(address)}" authorId="${authorId}"><text>${run(text)}</text></comment>`);
    }
  }
  if (added.length > 0) {
    if (index.listClose < 0) throw damaged(part, "liste des commentaires absente");
    splices.insert(index.listClose, added.join(""));
  }
  if (splices.size > 0) parts.write(part, splices.apply());
}

function writeShapes(parts: Parts, part: string, wanted: Map<string, string | null>, firstId: number): void {
  let vml = parts.text(part) ?? "";
  const shapes = noteShapes(vml);
  const splices = new Splices(vml);
  const added: string[] = [];
  let id = firstId;
  for (const [address, text] of wanted) {
    const at = parseRangeRef(address);
    if (!at) continue;
    const key = `${at.r1}:${at.c1}`;
    const shape = shapes.get(key);
    if (text === null && shape) splices.replace(shape.start, shape.end, "");
    else if (text !== null && !shape) added.push(noteShape(id++, at.r1, at.c1));
  }
  if (added.length > 0) {
    if (!vml.includes('id="_x0000_t202"')) added.unshift(NOTE_SHAPETYPE);
    const close = vml.lastIndexOf("</xml>");
    splices.insert(close < 0 ? vml.length : close, added.join(""));
  }
  if (splices.size > 0) {
    vml = splices.apply();
    parts.write(part, vml);
  }
}
