/**
 * The package conventions (Open Packaging Conventions) an .xlsx follows: relationship parts
 * (`_rels/*.rels`) saying which part points to which, and `[Content_Types].xml`.
 */
import { Tag, XmlScanner } from "./xml/scanner";

export const CONTENT_TYPES = "[Content_Types].xml";

/** Relationship types, by the last segment of their URI (the same in strict and transitional OOXML). */
export const REL = {
  officeDocument: "officeDocument",
  worksheet: "worksheet",
  chartsheet: "chartsheet",
  styles: "styles",
  sharedStrings: "sharedStrings",
  comments: "comments",
  vmlDrawing: "vmlDrawing",
  threadedComment: "threadedComment",
  person: "person",
  calcChain: "calcChain",
  hyperlink: "hyperlink",
} as const;

export interface Relationship {
  id: string;
  /** Full type URI. */
  type: string;
  /** Last segment of the type URI (see REL). */
  kind: string;
  /** Target as written. */
  target: string;
  /** Resolved part name (no leading « / »), or null for an external target. */
  part: string | null;
}

/** « xl/worksheets/sheet1.xml » → « xl/worksheets/_rels/sheet1.xml.rels »; « » (the package) → « _rels/.rels ». */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A target resolved against the folder of its source part: « ../drawings/x.vml » from « xl/worksheets/sheet1.xml ». */
export function resolveTarget(source: string, target: string): string {
  const clean = decodeURIComponentSafe(target.split("#")[0]);
  const segments = clean.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of clean.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return segments.join("/");
}

/** The target to write in a rels part of `source` for `part` (relative, like Excel writes them). */
export function relativeTarget(source: string, part: string): string {
  const from = source.split("/").slice(0, -1);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...Array<string>(from.length - common).fill(".."), ...to.slice(common)].join("/");
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The relationships of a rels part's XML (source part: the part the rels belong to). */
export function parseRelationships(xml: string, source: string): Relationship[] {
  const out: Relationship[] = [];
  XmlScanner.scan(xml, {
    open(tag: Tag) {
      if (tag.name !== "Relationship") return;
      const type = tag.get("Type") ?? "";
      const target = tag.get("Target") ?? "";
      const external = tag.get("TargetMode") === "External";
      out.push({
        id: tag.get("Id") ?? "",
        type,
        kind: type.slice(type.lastIndexOf("/") + 1),
        target,
        part: external ? null : resolveTarget(source, target),
      });
    },
    close() {},
  });
  return out;
}

export interface ContentTypes {
  defaults: Map<string, string>;
  overrides: Map<string, string>;
}

export function parseContentTypes(xml: string): ContentTypes {
  const types: ContentTypes = { defaults: new Map(), overrides: new Map() };
  XmlScanner.scan(xml, {
    open(tag: Tag) {
      const type = tag.get("ContentType") ?? "";
      if (tag.name === "Default") types.defaults.set((tag.get("Extension") ?? "").toLowerCase(), type);
      else if (tag.name === "Override") types.overrides.set((tag.get("PartName") ?? "").replace(/^\//, "").toLowerCase(), type);
    },
    close() {},
  });
  return types;
}
