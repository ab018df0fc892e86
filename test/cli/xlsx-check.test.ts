import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { FileError } from "../../src/cli/errors";
import { readXlsx } from "../../src/cli/xlsx-read";
import { checkXlsxBytes } from "../../src/cli/xlsx-check";
import { listZipEntries } from "../../src/cli/zip";
import { makeTmpDir, saveXlsx } from "./helpers";

jest.setTimeout(30_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

let valid: Buffer;
beforeAll(async () => {
  const path = await saveXlsx(tmp.dir, "valide.xlsx", (wb) => {
    wb.addWorksheet("Feuil1").getCell("A1").value = 1;
  });
  valid = readFileSync(path);
});

function oleFile(streamName: string | null): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  if (streamName) [...streamName].forEach((ch, i) => (bytes[512 + i * 2] = ch.charCodeAt(0)));
  return bytes;
}

async function zipOf(entries: Record<string, string>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(entries)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array" });
}

function messageOf(bytes: Uint8Array): string {
  try {
    checkXlsxBytes(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(FileError);
    return (error as Error).message;
  }
  throw new Error("aucune erreur levée");
}

describe("checkXlsxBytes", () => {
  it("says why a file is not a usable xlsx, in French", async () => {
    expect(messageOf(new Uint8Array())).toBe("le fichier est vide.");
    expect(messageOf(new TextEncoder().encode("Axe;Montant\n1;2\n"))).toMatch(/^ce n'est pas un classeur Excel \(\.xlsx\) : .*texte, CSV/);
    expect(messageOf(new TextEncoder().encode("%PDF-1.7\n"))).toMatch(/document PDF/);
    expect(messageOf(oleFile("EncryptedPackage"))).toMatch(/^le classeur est protégé par un mot de passe/);
    expect(messageOf(oleFile("Workbook"))).toMatch(/^ancien format Excel \(\.xls\)/);
    expect(messageOf(valid.subarray(0, valid.length - 30))).toMatch(/endommagé/);
    expect(messageOf(await zipOf({ "word/document.xml": "<w/>" }))).toMatch(/ne contient pas de classeur/);
    expect(messageOf(await zipOf({ "content.xml": "<o/>", mimetype: "x" }))).toMatch(/OpenDocument \(\.ods\)/);
    expect(messageOf(await zipOf({ "xl/workbook.bin": "x" }))).toMatch(/\.xlsb/);
  });

  it("lists the parts an ExcelJS rewrite would lose", async () => {
    const zip = await JSZip.loadAsync(valid);
    zip.file("xl/charts/chart1.xml", "<c/>");
    zip.file("xl/vbaProject.bin", "x");
    zip.file("xl/drawings/vmlDrawing1.vml", "<v/>");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    expect(checkXlsxBytes(bytes)).toEqual(["graphiques", "macros VBA"]);
    expect(checkXlsxBytes(valid)).toEqual([]);
    const read = await readXlsx(bytes, "avec-graphique.xlsx");
    expect(read.workbook.meta.unsupportedParts).toEqual(["graphiques", "macros VBA"]);
  });

  it("reports a workbook whose content is damaged as unreadable", async () => {
    const zip = await JSZip.loadAsync(valid);
    zip.file("xl/workbook.xml", "<workbook><sheets><sheet");
    const bytes = await zip.generateAsync({ type: "uint8array" });
    await expect(readXlsx(bytes, "abime.xlsx")).rejects.toThrow(/^le classeur est illisible/);
  });
});

describe("listZipEntries", () => {
  it("reads the names from the central directory and refuses a truncated archive", async () => {
    const bytes = await zipOf({ "a.txt": "1", "dossier/b.xml": "<b/>" });
    expect(listZipEntries(bytes)).toEqual(["a.txt", "dossier/", "dossier/b.xml"]);
    expect(listZipEntries(bytes.subarray(0, bytes.length - 10))).toBeNull();
  });
});
