/**
 * The writer of new workbooks (src/xlsx/create): a package Excel opens, read back by the project's
 * reader, and its parts checked one by one (well-formed XML, frozen panes, filter, conditional
 * formats, links, hidden sheet). Bad input is refused in French before anything is written.
 */
import { DOMParser } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";
import { readXlsx } from "../../src/xlsx";
import { NewWorkbook } from "../../src/xlsx/create/model";
import { createXlsx } from "../../src/xlsx/create/write";

const MONEY = '#,##0.00\\ "€"';

const book: NewWorkbook = {
  created: new Date(Date.UTC(2025, 2, 31, 8, 0, 0)),
  title: "Essai",
  sheets: [
    {
      name: "Synthèse",
      rows: [
        [{ value: "Titre & « guillemets » <b>" }],
        [{ value: "Montant", style: { bold: true, fill: "DDEBF7", border: true } }, { value: "Taux" }, { value: "Lien" }],
        [
          { value: 1234.5, style: { numFmt: MONEY } },
          { value: 0.25, style: { numFmt: "0.0\\ %" } },
          { value: "classeur", link: { target: "dossier/a%20b.xlsx#'Feuille 1'!B3" } },
        ],
        [
          { value: 10, style: { numFmt: MONEY } },
          { value: "", formula: 'IF(A3=0,"",B3/A3)' },
          { value: "retour", link: { location: "'Synthèse'!A1" } },
        ],
        [
          { value: 1244.5, formula: "SUM(A3:A4)", style: { numFmt: MONEY, bold: true } },
          { value: null, formula: "A5*2" },
          { value: true },
        ],
        [{ value: "=pas une formule\u0001" }],
      ],
      widths: [14, 10, 30],
      merges: ["A1:C1"],
      freeze: { rows: 2, cols: 1 },
      autoFilter: "A2:C4",
      conditionalFormats: [{ range: "B3:B4", formula: "AND(ISNUMBER(B3),B3<0.5)", style: { fill: "FFC7CE", color: "9C0006" } }],
      landscape: true,
    },
    { name: "Cachée", state: "veryHidden", rows: [[{ value: "marqueur" }]] },
  ],
};

function parts(bytes: Uint8Array): Record<string, string> {
  return Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, strFromU8(v)]));
}

describe("écrivain de nouveaux classeurs", () => {
  const bytes = createXlsx(book);
  const xml = parts(bytes);

  test("toutes les parties du paquet sont du XML bien formé, déclarées dans [Content_Types].xml", () => {
    expect(Object.keys(xml).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/app.xml",
      "docProps/core.xml",
      "xl/_rels/workbook.xml.rels",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/worksheets/_rels/sheet1.xml.rels",
      "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet2.xml",
    ]);
    for (const [name, text] of Object.entries(xml)) {
      const errors: string[] = [];
      new DOMParser({ onError: (level, message) => errors.push(`${name} : ${level} ${message}`) }).parseFromString(
        text,
        "text/xml",
      );
      expect(errors).toEqual([]);
    }
    for (const part of [
      "/xl/workbook.xml",
      "/xl/worksheets/sheet1.xml",
      "/xl/worksheets/sheet2.xml",
      "/xl/styles.xml",
      "/xl/sharedStrings.xml",
    ]) {
      expect(xml["[Content_Types].xml"]).toContain(`PartName="${part}"`);
    }
  });

  test("relu par le lecteur du projet : valeurs, formules et leurs résultats, formats, fusion, feuille très masquée", async () => {
    const { workbook } = await readXlsx(bytes, "essai.xlsx");
    const [sheet, hidden] = workbook.sheets;
    expect(sheet.name).toBe("Synthèse");
    expect(sheet.value(0, 0)).toBe("Titre & « guillemets » <b>");
    // The format code as written (the backslash escapes the space for Excel).
    expect(sheet.get(2, 0)).toEqual({ value: 1234.5, numFmt: '#,##0.00\\ "€"' });
    expect(sheet.get(4, 0)).toMatchObject({ value: 1244.5, formula: "=SUM(A3:A4)" });
    // An empty text result is saved (<v></v>, as Excel does) but ExcelJS reads it as no result: the core computes it.
    expect(sheet.get(3, 1)?.formula).toBe('=IF(A3=0,"",B3/A3)');
    expect(xml["xl/worksheets/sheet1.xml"]).toContain('<c r="B4" t="str"><f>IF(A3=0,&quot;&quot;,B3/A3)</f><v></v></c>');
    expect(sheet.get(4, 1)).toMatchObject({ value: null, formula: "=A5*2" });
    expect(sheet.value(4, 2)).toBe(true);
    expect(sheet.value(5, 0)).toBe("=pas une formule");
    expect(sheet.get(5, 0)?.formula).toBeUndefined();
    expect(sheet.merges).toEqual([{ r1: 0, c1: 0, r2: 0, c2: 2 }]);
    expect(hidden).toMatchObject({ name: "Cachée", state: "veryHidden" });
    expect(hidden.value(0, 0)).toBe("marqueur");
  });

  test("volets figés, filtre et son nom défini, largeurs, mise en forme conditionnelle, liens", () => {
    const sheet = xml["xl/worksheets/sheet1.xml"];
    expect(sheet).toContain('<pane xSplit="1" ySplit="2" topLeftCell="B3" activePane="bottomRight" state="frozen"/>');
    expect(sheet).toContain('<autoFilter ref="A2:C4"/>');
    expect(xml["xl/workbook.xml"]).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">'Synthèse'!$A$2:$C$4</definedName>`,
    );
    expect(xml["xl/workbook.xml"]).toContain('<sheet name="Cachée" sheetId="2" state="veryHidden" r:id="rId2"/>');
    expect(sheet).toContain('<col min="3" max="3" width="30" customWidth="1"/>');
    expect(sheet).toMatch(
      /<conditionalFormatting sqref="B3:B4"><cfRule type="expression" dxfId="0" priority="1"><formula>AND\(ISNUMBER\(B3\),B3&lt;0.5\)<\/formula><\/cfRule><\/conditionalFormatting>/,
    );
    expect(xml["xl/styles.xml"]).toContain(
      '<dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs>',
    );
    expect(xml["xl/styles.xml"]).toContain(`formatCode="#,##0.00\\ &quot;€&quot;"`);
    expect(sheet).toContain('<hyperlink ref="C3" r:id="rId1"/>');
    expect(sheet).toContain(`<hyperlink ref="C4" location="'Synthèse'!A1"/>`);
    expect(xml["xl/worksheets/_rels/sheet1.xml.rels"]).toContain(
      `Target="dossier/a%20b.xlsx#'Feuille 1'!B3" TargetMode="External"`,
    );
    expect(xml["docProps/core.xml"]).toContain(
      '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-31T08:00:00Z</dcterms:created>',
    );
  });

  test("les mêmes données donnent les mêmes octets", () => {
    expect(Buffer.from(createXlsx(book)).equals(Buffer.from(bytes))).toBe(true);
  });

  test.each([
    [[{ name: "a/b", rows: [] }], "nom de feuille refusé par Excel : « a/b »"],
    [[{ name: "x".repeat(32), rows: [] }], "nom de feuille refusé par Excel"],
    [
      [
        { name: "Feuille", rows: [] },
        { name: "feuille", rows: [] },
      ],
      "deux feuilles s'appellent « feuille ».",
    ],
    [[{ name: "F", rows: [], merges: ["A1:"] }], "feuille « F » : plage invalide « A1: »."],
    [[], "un classeur doit avoir au moins une feuille"],
    [[{ name: "F", rows: [[{ value: Number.NaN }]] }], "valeur numérique invalide : NaN"],
  ])("refus en français : %j", (sheets, message) => {
    expect(() => createXlsx({ sheets })).toThrow(message);
  });
});
