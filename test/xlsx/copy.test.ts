/**
 * The surgical copy keeps everything: on workbooks carrying every feature a rewrite used to lose
 * (features.ts, written like Excel; libreoffice.xlsx, the same saved by LibreOffice), only the
 * parts the edits touch change; every other part is copied byte for byte (even its compressed
 * bytes); cells outside the edits read the same; protected sheets, a merged area's inner cell and
 * a threaded comment are refused with a French reason.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { PackageEdits, readXlsx, XlsxPackage } from "../../src/xlsx";
import { LIMITS } from "../../src/xlsx/limits";
import { ZipArchive } from "../../src/xlsx/zip/read";
import { snapshot } from "../cli/helpers";
import { featureWorkbook } from "./fixtures/features";
import { MAIN, R, zipParts } from "./fixtures/package";
import { DOMParser } from "@xmldom/xmldom";

const LIBREOFFICE = new Uint8Array(readFileSync(join(__dirname, "fixtures", "libreoffice.xlsx")));

function texts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
}

/** Every touched XML part parses with a namespace-aware parser (no undeclared prefix, well formed). */
function expectWellFormed(bytes: Uint8Array, touched: string[]): void {
  const parts = texts(bytes);
  for (const name of touched.filter((n) => /\.(xml|rels)$/.test(n) && n in parts)) {
    const problems: string[] = [];
    new DOMParser({ onError: (level, message) => void problems.push(`${level} ${message}`) }).parseFromString(
      parts[name],
      "text/xml",
    );
    expect([name, problems]).toEqual([name, []]);
  }
}

/** Names of the parts whose content differs, and check that the others were copied as stored. */
function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = ZipArchive.open(before, LIMITS);
  const b = ZipArchive.open(after, LIMITS);
  const names = new Set([...a.entries, ...b.entries].map((e) => e.name));
  const changed: string[] = [];
  for (const name of names) {
    const x = a.entry(name);
    const y = b.entry(name);
    if (!x || !y || Buffer.compare(Buffer.from(a.read(name)), Buffer.from(b.read(name))) !== 0) {
      changed.push(name);
      continue;
    }
    expect([name, Buffer.compare(Buffer.from(a.compressed(x)), Buffer.from(b.compressed(y)))]).toEqual([name, 0]);
    expect([name, y.crc, y.method]).toEqual([name, x.crc, x.method]);
  }
  return changed.sort();
}

function edits(): PackageEdits {
  return {
    sheets: new Map([
      [
        "Tableau",
        {
          cells: [
            { row: 5, col: 6, content: { kind: "formula", formula: "=SUM(G4:G5)", result: 315000 } },
            { row: 6, col: 6, content: { kind: "result", result: 315000 } },
            { row: 3, col: 7, content: { kind: "value", value: "déjà commenté\n[Contrôle 05/03/2026] à justifier" } },
            { row: 4, col: 0, content: { kind: "value", value: "dans la fusion" } },
            { row: 10, col: 1, content: { kind: "value", value: 12.5 }, style: { numFmt: "0.0%", bold: true } },
          ],
          notes: new Map<string, string | null>([
            ["D4", "Marie Dupont:\nmontant notifié\n[Contrôle 05/03/2026] vérifier"],
            ["C5", "[Contrôle 05/03/2026] nouvelle note"],
            ["E5", "[Contrôle 05/03/2026] sur un fil"],
          ]),
        },
      ],
      ["Protégée", { cells: [{ row: 0, col: 1, content: { kind: "value", value: 2 } }] }],
      ["Protégée LibreOffice", { cells: [{ row: 0, col: 1, content: { kind: "value", value: 2 } }] }],
      ["Protégée hachée", { cells: [], notes: new Map([["A1", "note"]]) }],
    ]),
    whole: [
      {
        name: "Contrôles",
        cells: [
          { row: 0, col: 0, content: { kind: "value", value: "Contrôles VerifPacte" }, style: { bold: true } },
          { row: 1, col: 2, content: { kind: "value", value: "G6" }, link: "'Tableau'!G6", style: { color: "#0563C1" } },
        ],
        widths: new Map([[0, 20]]),
        freezeRows: 1,
        autoFilter: "A1:C2",
      },
    ],
  };
}

describe("copie d'un classeur écrit comme Excel, avec toutes les fonctionnalités", () => {
  const original = featureWorkbook();
  const pkg = XlsxPackage.open(original);
  const result = pkg.patch(edits());
  const before = readXlsx(original, "f").workbook;
  const after = readXlsx(result.bytes, "f").workbook;

  it("écrit des parties XML bien formées, chaque préfixe déclaré", () => {
    expectWellFormed(result.bytes, result.touched);
  });

  it("ne change que les parties touchées ; toutes les autres sont copiées octet pour octet", () => {
    const touched = [
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/calcChain.xml",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet5.xml",
    ];
    expect(changedParts(original, result.bytes)).toEqual(touched);
    expect(result.touched).toEqual(touched);
  });

  it("garde noms définis, zones d'impression, protection, sauts de page, liens, formats conditionnels et validations", () => {
    const a = texts(original);
    const b = texts(result.bytes);
    const definedNames = /<definedNames>[\s\S]*<\/definedNames>/;
    expect(b["xl/workbook.xml"].match(definedNames)?.[0]).toBe(a["xl/workbook.xml"].match(definedNames)?.[0]);
    expect(b["xl/workbook.xml"]).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    for (const kept of [
      /<conditionalFormatting[\s\S]*<\/dataValidations>/,
      /<hyperlinks>[\s\S]*<\/colBreaks>/,
      /<cols>[\s\S]*?<\/cols>/,
      /<sheetViews>[\s\S]*?<sheetFormatPr[^>]*>/,
    ]) {
      expect(b["xl/worksheets/sheet1.xml"].match(kept)?.[0]).toBe(a["xl/worksheets/sheet1.xml"].match(kept)?.[0]);
    }
    expect(b["xl/worksheets/sheet1.xml"]).toContain('<dimension ref="A1:H11"/>');
    expect(b["docProps/custom.xml"]).toBe(a["docProps/custom.xml"]);
  });

  it("écrit les cellules en gardant leur style, sans toucher aux autres cellules", () => {
    const sheet = after.sheet("Tableau")!;
    expect(sheet.get(5, 6)).toEqual({ value: 315000, formula: "=SUM(G4:G5)", numFmt: '#,##0.00\\ "€"' });
    expect(sheet.get(6, 6)).toEqual({ value: 315000, formula: "=G6", numFmt: '#,##0.00\\ "€"' });
    expect(sheet.get(10, 1)).toEqual({ value: 12.5, numFmt: "0.0%" });
    const a = snapshot(before);
    const b = snapshot(after);
    const written = ["Tableau!G6", "Tableau!G7", "Tableau!H4", "Tableau!B11", "Tableau!D4#note", "Tableau!C5#note"];
    for (const key of new Set([...a.keys(), ...b.keys()])) {
      if (written.includes(key) || key.startsWith("Contrôles")) continue;
      expect([key, b.get(key)]).toEqual([key, a.get(key)]);
    }
    expect(texts(result.bytes)["xl/worksheets/sheet1.xml"]).toContain('<c r="G5" s="1"><f t="shared" si="0"/><v>115000</v></c>');
  });

  it("refuse la cellule intérieure d'une zone fusionnée, les feuilles protégées (trois formes) et un commentaire en fil", () => {
    expect(result.refused).toEqual([
      expect.objectContaining({
        sheet: "Tableau",
        cell: "A5",
        protectedSheet: false,
        reason: expect.stringMatching(
          /^la cellule fait partie de la zone fusionnée A4:A5 sans en être la première cellule \(A4\)/,
        ),
      }),
      expect.objectContaining({
        sheet: "Tableau",
        cell: "E5",
        protectedSheet: false,
        reason: expect.stringMatching(/fil de discussion/),
      }),
      expect.objectContaining({
        sheet: "Protégée",
        cell: "B1",
        protectedSheet: true,
        reason: expect.stringMatching(/^la feuille est protégée/),
      }),
      expect.objectContaining({ sheet: "Protégée LibreOffice", cell: "B1", protectedSheet: true }),
      expect.objectContaining({ sheet: "Protégée hachée", cell: "A1", protectedSheet: true }),
    ]);
    expect(after.sheet("Tableau")!.value(3, 0)).toBe(before.sheet("Tableau")!.value(3, 0));
    expect(pkg.isProtected("Protégée")).toBe(true);
    expect(pkg.isProtected("Protégée LibreOffice")).toBe(true);
    expect(pkg.isProtected("Protégée hachée")).toBe(true);
    expect(pkg.isProtected("Tableau")).toBe(false);
  });

  it("ajoute aux notes sans perdre la mise en forme de l'utilisateur, crée les nouvelles avec leur forme VML", () => {
    const sheet = after.sheet("Tableau")!;
    expect(sheet.notes.get("D4")).toBe("Marie Dupont:\nmontant notifié\n[Contrôle 05/03/2026] vérifier");
    expect(sheet.notes.get("C5")).toBe("[Contrôle 05/03/2026] nouvelle note");
    expect(sheet.notes.get("E5")).toBe("À vérifier avec la DDETS\nVérifié");
    const comments = texts(result.bytes)["xl/comments1.xml"];
    expect(comments).toContain('<r><rPr><b/><sz val="9"/><rFont val="Tahoma"/></rPr><t>Marie Dupont:</t></r>');
    expect(comments).toContain("<author>VerifPacte</author>");
    const vml = texts(result.bytes)["xl/drawings/vmlDrawing1.vml"];
    expect(vml.match(/ObjectType="Note"/g)).toHaveLength(3);
    expect(vml).toContain("<x:Row>4</x:Row><x:Column>2</x:Column>");
    expect(vml).toContain('id="_x0000_s1027"');
  });

  it("retire la chaîne de calcul quand une formule apparaît ou disparaît (Excel la reconstruit)", () => {
    const b = texts(result.bytes);
    expect(b["xl/calcChain.xml"]).toBeUndefined();
    expect(b["[Content_Types].xml"]).not.toContain("calcChain");
    expect(b["xl/_rels/workbook.xml.rels"]).not.toContain("calcChain");
  });

  it("ajoute la feuille Contrôles à la fin, avec ses liens internes et son filtre", () => {
    expect(after.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Tableau", "visible"],
      ["Protégée", "visible"],
      ["Protégée LibreOffice", "visible"],
      ["Protégée hachée", "hidden"],
      ["Contrôles", "visible"],
    ]);
    const xml = texts(result.bytes)["xl/worksheets/sheet5.xml"];
    expect(xml).toContain(`<hyperlink ref="C2" location="'Tableau'!G6" display="'Tableau'!G6"/>`);
    expect(xml).toContain('<autoFilter ref="A1:C2"/>');
  });

  it("n'ajoute aucune feuille à un classeur dont la structure est protégée", () => {
    const locked = featureWorkbook({ structureProtected: true });
    const patched = XlsxPackage.open(locked).patch(edits());
    expect(patched.notAdded).toEqual(["Contrôles"]);
    expect(readXlsx(patched.bytes, "f").workbook.sheets.map((s) => s.name)).toEqual([
      "Tableau",
      "Protégée",
      "Protégée LibreOffice",
      "Protégée hachée",
    ]);
    expect(texts(patched.bytes)["xl/workbook.xml"]).toContain('lockStructure="1"');
    expect(texts(patched.bytes)["xl/_rels/workbook.xml.rels"]).not.toContain("sheet5");
    expect(changedParts(locked, patched.bytes)).not.toContain("xl/worksheets/sheet5.xml");
  });

  it("supprime une note (et sa forme) quand on le demande", () => {
    const patched = XlsxPackage.open(original).patch({
      sheets: new Map([["Tableau", { cells: [], notes: new Map([["D4", null]]) }]]),
      whole: [],
    });
    const sheet = readXlsx(patched.bytes, "f").workbook.sheet("Tableau")!;
    expect(sheet.notes.has("D4")).toBe(false);
    expect(texts(patched.bytes)["xl/drawings/vmlDrawing1.vml"].match(/ObjectType="Note"/g)).toHaveLength(1);
    expect(changedParts(original, patched.bytes)).toEqual(["xl/comments1.xml", "xl/drawings/vmlDrawing1.vml"]);
  });
});

describe("copie d'un classeur enregistré par LibreOffice", () => {
  const pkg = XlsxPackage.open(LIBREOFFICE);
  const result = pkg.patch({
    sheets: new Map([
      [
        "Tableau",
        {
          cells: [{ row: 5, col: 6, content: { kind: "formula", formula: "=SUM(G4:G5)", result: 315000 } }],
          notes: new Map([["F4", "[Contrôle] note"]]),
        },
      ],
      ["Protégée LibreOffice", { cells: [{ row: 0, col: 1, content: { kind: "value", value: 2 } }] }],
    ]),
    whole: [{ name: "Contrôles", cells: [{ row: 0, col: 0, content: { kind: "value", value: "Contrôles VerifPacte" } }] }],
  });

  it('reconnaît la protection écrite sheet="true" et ne change que les parties touchées', () => {
    expect(pkg.isProtected("Protégée")).toBe(true);
    expect(pkg.isProtected("Protégée LibreOffice")).toBe(true);
    expect(result.refused.map((r) => [r.sheet, r.cell, r.protectedSheet])).toEqual([["Protégée LibreOffice", "B1", true]]);
    expect(changedParts(LIBREOFFICE, result.bytes)).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/workbook.xml",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet5.xml",
    ]);
  });

  it("se relit avec les mêmes cellules, la correction et la note en plus", () => {
    const before = snapshot(readXlsx(LIBREOFFICE, "lo").workbook);
    const read = readXlsx(result.bytes, "lo").workbook;
    const after = snapshot(read);
    for (const [key, value] of before)
      if (key !== "Tableau!G6" && key !== "Tableau!F4#note") expect([key, after.get(key)]).toEqual([key, value]);
    expect(read.sheet("Tableau")!.get(5, 6)).toMatchObject({ value: 315000, formula: "=SUM(G4:G5)" });
    expect(read.sheet("Tableau")!.notes.get("F4")).toBe("[Contrôle] note");
    expect(read.sheets.map((s) => s.name)).toContain("Contrôles");
  });
});

describe("copie d'un classeur écrit par openpyxl (préfixe r: déclaré sur chaque <sheet>, pas sur <workbook>)", () => {
  // The form of the review workbooks written by openpyxl: the Contrôles sheet used to be added
  // with an undeclared r: prefix, and LibreOffice refused the whole copy.
  const parts: Record<string, string | Uint8Array> = unzipSync(featureWorkbook());
  parts["xl/workbook.xml"] = strFromU8(parts["xl/workbook.xml"] as Uint8Array)
    .replace(` xmlns:r="${R}"`, "")
    .replace(/<sheet /g, `<sheet xmlns:r="${R}" `);
  const original = zipParts(parts);
  const patched = XlsxPackage.open(original).patch({
    sheets: new Map(),
    whole: [{ name: "Contrôles", cells: [{ row: 0, col: 0, content: { kind: "value", value: "x" } }] }],
  });

  it("déclare le préfixe de la nouvelle feuille : chaque <sheet> a un r:id dans l'espace de noms des relations", () => {
    const doc = new DOMParser().parseFromString(texts(patched.bytes)["xl/workbook.xml"], "text/xml");
    const sheets = Array.from(doc.getElementsByTagNameNS(MAIN, "sheet"));
    expect(sheets.map((s) => [s.getAttribute("name"), s.getAttributeNS(R, "id")])).toEqual([
      ["Tableau", "rId1"],
      ["Protégée", "rId2"],
      ["Protégée LibreOffice", "rId3"],
      ["Protégée hachée", "rId4"],
      ["Contrôles", expect.stringMatching(/^rId\d+$/)],
    ]);
    expect(readXlsx(patched.bytes, "f").workbook.sheets.map((s) => s.name)).toContain("Contrôles");
    expectWellFormed(patched.bytes, patched.touched);
  });
});
