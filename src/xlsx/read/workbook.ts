/**
 * The workbook part (xl/workbook.xml) and the package around it: where the workbook part is, its
 * sheets (name, visibility, part), the 1904 date system, structure protection, and the parts of
 * the workbook (styles, shared strings) from its relationships.
 */
import { SheetState } from "../../core/grid/model";
import { damaged, XlsxError } from "../errors";
import { limitError, sayCount, XlsxLimits } from "../limits";
import { parseRelationships, REL, Relationship, relsPartOf } from "../opc";
import { notWorkbookError } from "../sniff";
import { XmlError, XmlScanner } from "../xml/scanner";
import { ZipArchive } from "../zip/read";
import { isTrue } from "./styles";

export interface SheetEntry {
  name: string;
  state: SheetState;
  /** Relationship id in the workbook's rels. */
  rid: string;
  /** Resolved part, null when the relationship is missing. */
  part: string | null;
  /** Relationship kind: worksheet, chartsheet, dialogsheet… */
  kind: string;
}

export interface WorkbookInfo {
  /** Part name of the workbook, usually « xl/workbook.xml ». */
  part: string;
  sheets: SheetEntry[];
  date1904: boolean;
  /** « Protéger le classeur » (structure): sheets cannot be added, removed or renamed. */
  structureProtected: boolean;
  rels: Relationship[];
}

const STATES: Record<string, SheetState> = { visible: "visible", hidden: "hidden", veryHidden: "veryHidden" };

/** Reads a part's XML text, turning XML errors into « partie endommagée ». */
export function scanPart(archive: ZipArchive, part: string, scan: (xml: string) => void): void {
  try {
    scan(archive.text(part));
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
}

/** scanPart on the part's bytes (for ByteScanner). */
export function scanBytes(archive: ZipArchive, part: string, scan: (xml: Uint8Array) => void): void {
  try {
    scan(archive.read(part));
  } catch (error) {
    if (error instanceof XmlError) throw damaged(part, error.message);
    throw error;
  }
}

export function relationshipsOf(archive: ZipArchive, part: string): Relationship[] {
  const rels = relsPartOf(part);
  if (!archive.has(rels)) return [];
  let out: Relationship[] = [];
  scanPart(archive, rels, (xml) => (out = parseRelationships(xml, part)));
  return out;
}

/** The workbook part, from the package's relationships (or where Excel puts it). */
export function workbookPart(archive: ZipArchive): string {
  const office = relationshipsOf(archive, "").find((r) => r.kind === REL.officeDocument && r.part !== null);
  const part = office?.part ?? "xl/workbook.xml";
  if (!archive.has(part)) throw notWorkbookError((name) => archive.has(name));
  return archive.entry(part)?.name ?? part;
}

export function readWorkbookInfo(archive: ZipArchive, limits: XlsxLimits): WorkbookInfo {
  const part = workbookPart(archive);
  const rels = relationshipsOf(archive, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const info: WorkbookInfo = { part, sheets: [], date1904: false, structureProtected: false, rels };
  scanPart(archive, part, (xml) =>
    XmlScanner.scan(xml, {
      open(tag) {
        switch (tag.name) {
          case "sheet": {
            if (info.sheets.length >= limits.sheets) {
              throw limitError(
                `le classeur compte plus de ${sayCount(limits.sheets)} feuilles`,
                "VerifPacte n'en lit pas autant.",
              );
            }
            const rid = tag.get("id") ?? "";
            const rel = byId.get(rid);
            info.sheets.push({
              name: tag.get("name") ?? "",
              state: STATES[tag.get("state") ?? "visible"] ?? "visible",
              rid,
              part: rel?.part ?? null,
              kind: rel?.kind ?? "",
            });
            return;
          }
          case "workbookPr":
            info.date1904 = isTrue(tag.get("date1904"));
            return;
          case "workbookProtection":
            info.structureProtected = isTrue(tag.get("lockStructure"));
            return;
        }
      },
      close() {},
    }),
  );
  if (info.sheets.length === 0) throw new XlsxError("le classeur ne contient aucune feuille.");
  return info;
}
