/**
 * The reader's fast paths give what the general path gives: numbers and shared-string indexes
 * read in place (compared with Number and parseInt on the text), and whole cells read in place
 * (compared with the same cells whose text is written with character references, which takes
 * the general path: decoded text, then Number / parseInt).
 */
import fc from "fast-check";
import { Cell, Workbook } from "../../src/core/grid/model";
import { readXlsx } from "../../src/xlsx";
import { LIMITS } from "../../src/xlsx/limits";
import { parseRef, parseRefBytes } from "../../src/xlsx/read/cells";
import { digitsIn, plainNumberIn } from "../../src/xlsx/read/numbers";
import { CellPool } from "../../src/xlsx/read/cellPool";
import { Budget, SheetReader } from "../../src/xlsx/read/sheet";
import { parseSharedStrings, RichText } from "../../src/xlsx/read/strings";
import { Styles } from "../../src/xlsx/read/styles";
import { XmlScanner } from "../../src/xlsx/xml/scanner";
import { ByteHandler, ByteScanner } from "../../src/xlsx/xml/bytes";

const bytesOf = (text: string) => new TextEncoder().encode(text);
import { MAIN, R, rels, XML, zipParts } from "./fixtures/package";

/** What Number() gives for the text, when the fast path claims it (NaN otherwise). */
function expectSameAsNumber(text: string): void {
  const fast = plainNumberIn(bytesOf(`<v>${text}</v>`), 3, 3 + bytesOf(text).length);
  if (!Number.isNaN(fast)) expect([text, fast]).toEqual([text, Number(text)]);
  expect(Object.is(fast, -0)).toBe(Object.is(Number(text), -0) && !Number.isNaN(fast));
}

const NUMBER_TEXTS = [
  "0",
  "-0",
  "-0.0",
  "1",
  "-1",
  "00012",
  "1.5",
  "-3.25",
  "0.1",
  "0.2",
  "0.3",
  "191851.4",
  "472226.2",
  "123456789012345",
  "12345678901234.5",
  "0.000000000000001",
  "99999999999999.9",
  "1.000000000000001",
  "9007199254740993",
  "1234567890123456",
  "1E-3",
  "1e-3",
  "1.5e+300",
  "1e999",
  ".5",
  "5.",
  "+5",
  " 7",
  "7 ",
  "0x1A",
  "NaN",
  "Infinity",
  "-",
  ".",
  "",
  "1..2",
  "1.2.3",
  "--1",
  "1-",
  "١٢",
];

describe("plainNumberIn", () => {
  it.each(NUMBER_TEXTS)("« %s » : la valeur de Number(), ou le chemin général", (text) => expectSameAsNumber(text));

  it("reads in place the plain forms, and only them", () => {
    const claimed = NUMBER_TEXTS.filter((t) => !Number.isNaN(plainNumberIn(bytesOf(t), 0, bytesOf(t).length)));
    expect(claimed).toEqual([
      "0",
      "-0",
      "-0.0",
      "1",
      "-1",
      "00012",
      "1.5",
      "-3.25",
      "0.1",
      "0.2",
      "0.3",
      "191851.4",
      "472226.2",
      "123456789012345",
      "12345678901234.5",
      "99999999999999.9",
    ]);
  });

  it("gives Number()'s double for any decimal of up to 15 digits", () => {
    const digits = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{1,${n}}$`));
    fc.assert(
      fc.property(fc.boolean(), digits(15), fc.option(digits(15)), (negative, whole, decimals) => {
        expectSameAsNumber(`${negative ? "-" : ""}${whole}${decimals === null ? "" : `.${decimals}`}`);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads back the numbers as Excel and JavaScript write them", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expectSameAsNumber(String(n));
        expectSameAsNumber(n.toFixed(2));
        expectSameAsNumber(n.toPrecision(15));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("digitsIn", () => {
  it.each(["0", "7", "12", "007", "123456789012345", "1234567890123456", "", "-1", "1.5", "1e2", " 1", "1 ", "0x1", "&#49;"])(
    "« %s » : parseInt() quand le texte n'est fait que de chiffres",
    (text) => {
      const fast = digitsIn(bytesOf(`"${text}"`), 1, 1 + bytesOf(text).length);
      const digitsOnly = /^[0-9]{1,15}$/.test(text);
      expect(fast).toBe(digitsOnly ? parseInt(text, 10) : -1);
    },
  );
});

describe("parseRef", () => {
  /** The reference read by a regular expression, as (row, col), or null. */
  function slow(text: string): [number, number] | null {
    const m = /^\$?([A-Za-z]{1,3})\$?([0-9]+)$/.exec(text);
    if (!m) return null;
    const col = [...m[1].toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    if (col > 16384 || row < 1 || row > 1048576) return null;
    return [row - 1, col - 1];
  }
  const packed = (text: string): [number, number] | null => {
    const p = parseRef(text);
    // The same reading on the bytes of a worksheet.
    expect(parseRefBytes(bytesOf(` ${text} `), 1, 1 + bytesOf(text).length)).toBe(p);
    return p < 0 ? null : [Math.floor(p / 16384), p % 16384];
  };

  it.each([
    "A1",
    "a1",
    "$B$2",
    "B$2",
    "$B2",
    "AB123",
    "XFD1",
    "XFE1",
    "A1048576",
    "A1048577",
    "A0",
    "1A",
    "A",
    "",
    "A-1",
    "AAAA1",
    "A 1",
    "A1 ",
  ])("« %s »", (text) => expect(packed(text)).toEqual(slow(text)));

  it("reads every reference an Excel sheet can hold", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), fc.integer({ min: 0, max: 1048575 }), (col, row) => {
        let letters = "";
        for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
        expect(packed(`${letters}${row + 1}`)).toEqual([row, col]);
      }),
    );
  });
});

/** One sheet, one row of cells written as given; styles: 1 a date format, 2 a money format. */
function workbookOf(cells: string[]): Uint8Array {
  return zipParts({
    "_rels/.rels": rels([["rId1", "officeDocument", "xl/workbook.xml"]]),
    "xl/workbook.xml": `${XML}<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="F" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": rels([
      ["rId1", "worksheet", "worksheets/sheet1.xml"],
      ["rId2", "styles", "styles.xml"],
      ["rId3", "sharedStrings", "sharedStrings.xml"],
    ]),
    "xl/styles.xml": `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00 &quot;€&quot;"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    "xl/sharedStrings.xml": `${XML}<sst xmlns="${MAIN}"><si><t>zéro</t></si><si><r><t>un </t></r><r><t>riche</t></r></si><si><t>deux</t></si></sst>`,
    "xl/worksheets/sheet1.xml": `${XML}<worksheet xmlns="${MAIN}"><sheetData><row r="1">${cells.join("")}</row></sheetData></worksheet>`,
  });
}

/** The cells of the first row; dates as their time (an invalid date is not equal to itself for toEqual). */
function rowOf(bytes: Uint8Array): (Cell | (Omit<Cell, "value"> & { value: { date: number } }) | null)[] {
  const sheet = readXlsx(bytes, "f.xlsx").workbook.sheet("F")!;
  return Array.from({ length: sheet.rowLength(0) }, (_, c) => {
    const cell = sheet.get(0, c);
    return cell?.value instanceof Date ? { ...cell, value: { date: cell.value.getTime() } } : (cell ?? null);
  });
}

/** Every character as a character reference: the reader decodes it, then reads the text. */
const referenced = (text: string) => [...text].map((ch) => `&#${ch.codePointAt(0)};`).join("");

const CELL_TEXTS = [...NUMBER_TEXTS.filter((t) => t !== ""), "1", "2", "3", "01", "99", "1 ", " 1", "2.0", "1e0", "TRUE", "#N/A"];

/** A, B, … Z, AA, AB… */
const column = (i: number) => (i < 26 ? "" : String.fromCharCode(64 + Math.floor(i / 26))) + String.fromCharCode(65 + (i % 26));

describe("cells read in place", () => {
  const TYPES = ['t="s"', 't="n"', "", 't="b"', 't="e"', 't="str"', 't="x"', 's="1"', 's="2"'];

  it.each(TYPES)("give the same values as the general path (%s)", (type) => {
    const cells = (text: (v: string) => string) => CELL_TEXTS.map((v, i) => `<c r="${column(i)}1" ${type}><v>${text(v)}</v></c>`);
    const fast = rowOf(workbookOf(cells((v) => v)));
    expect(fast).toEqual(rowOf(workbookOf(cells(referenced))));
    expect(fast.length).toBe(CELL_TEXTS.length);
  });

  it("give the same cached results of formulas as the general path", () => {
    const cells = (text: (v: string) => string) =>
      CELL_TEXTS.map((v, i) => `<c r="${column(i)}1" s="2"><f>1+1</f><v>${text(v)}</v></c>`);
    expect(rowOf(workbookOf(cells((v) => v)))).toEqual(rowOf(workbookOf(cells(referenced))));
  });

  it("read text cut by CDATA, comments and entities like the general path", () => {
    const row = rowOf(
      workbookOf([
        '<c r="A1"><v>4<!-- deux -->2</v></c>',
        '<c r="B1"><v><![CDATA[4]]>2</v></c>',
        '<c r="C1"><v>4&#50;</v></c>',
        '<c r="D1" t="s"><v>1<!-- x --></v></c>',
        '<c r="E1" t="s"><v><![CDATA[2]]></v></c>',
        '<c r="F1" t="inlineStr"><is><r><t>a &amp; </t></r><r><t><![CDATA[<b>]]></t></r><rPh><t>x</t></rPh></is></c>',
        '<c r="G1"><v></v></c>',
        '<c r="H1"><v><![CDATA[]]></v></c>',
        '<c r="I1"><v>1</v><v>2</v></c>',
      ]),
    );
    expect(row).toEqual([
      { value: 42 },
      { value: 42 },
      { value: 42 },
      { value: "un riche" },
      { value: "deux" },
      { value: "a & <b>" },
      null,
      null,
      { value: 12 },
    ]);
  });

  it("refuse an unknown entity even in a value nobody reads", () => {
    expect(() => rowOf(workbookOf(['<c r="A1" t="inlineStr"><v>&bidule;</v><is><t>a</t></is></c>']))).toThrow(/entité inconnue/);
  });
});

describe("the fast path of whole cells (SheetReader.element)", () => {
  /** The sheet read from its XML cut into chunks, with or without the fast path; or the error. */
  function sheetFrom(xml: string, cuts: number[], fast: boolean): string {
    const sheet = new Workbook("f.xlsx").addSheet("F");
    const strings = ["zéro", "un", "deux"];
    const limits = { ...LIMITS, cellsPerSheet: 40 };
    const reader = new SheetReader(sheet, "xl/worksheets/sheet1.xml", {
      pool: new CellPool(),
      styles: Styles.parse(STYLES),
      strings,
      date1904: false,
      budget: new Budget(limits),
      layout: null,
    });
    // Without the fast path: a handler that has every method of the reader but element().
    const handler: ByteHandler = fast
      ? reader
      : {
          open: (tag) => reader.open(tag),
          close: (name) => reader.close(name),
          rawText: (source, from, to) => reader.rawText(source, from, to),
          wantsText: () => reader.wantsText(),
        };
    try {
      const scanner = new ByteScanner(handler);
      const bytes = bytesOf(xml);
      const points = [0, ...[...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b), bytes.length];
      for (let i = 1; i < points.length; i++) scanner.write(bytes.slice(points[i - 1], points[i]));
      scanner.close();
    } catch (error) {
      return `erreur : ${(error as Error).message}`;
    }
    const cells: string[] = [];
    for (let r = 0; r < sheet.rowCount; r++)
      for (let c = 0; c < sheet.rowLength(r); c++) {
        const cell = sheet.get(r, c);
        if (cell) cells.push(`${r},${c} ${JSON.stringify(cell)} ${Object.is(cell.value, -0) ? "-0" : ""}`);
      }
    return cells.join("\n");
  }

  const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="4"/></cellXfs></styleSheet>`;
  const sheetXml = (cells: string, row = '<row r="1">') =>
    `${XML}<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}"><sheetData>${row}${cells}${row.startsWith("<x:") ? "</x:row>" : "</row>"}<row r="3"><c r="A3"><v>1</v></c></row><row><c><v>2</v></c></row></sheetData></worksheet>`;

  /** Starts of rows, usual or not (the cells of the row are given separately). */
  const ROWS = [
    '<row r="1">',
    "<row>",
    '<row r=\'2\' spans="1:3" x14ac:dyDescent="0.25" xmlns:x14ac="urn:ac">',
    '<row spans="1:3" r="5" r="6">',
    '<row xmlns:r="urn:r" r="7">',
    '<row xmlns:r="5" r="7">',
    '<row xmlns="5" r="7">',
    '<row x:r="8">',
    '<row r="0">',
    '<row r="1048577">',
    '<row r="abc">',
    '<row r="&#52;">',
    '<row r = "9">',
    '<row r="10" >',
    '<x:row r="11">',
    '<row ht="15" customHeight="1" r="12">',
  ];

  const CELLS = [
    '<c r="B1"><v>1.5</v></c>',
    '<c r="B1" s="2" t="n"><v>-0</v></c>',
    '<c r="B1" s="1"><v>45000.25</v></c>',
    '<c r="B1" t="s"><v>2</v></c>',
    '<c r="B1" t="s"><v>7</v></c>',
    "<c r='B1' t='s'><v>1</v></c>",
    '<c r="B1" t="s" t="n"><v>1</v></c>',
    '<c r="B1" r="C1"><v>1</v></c>',
    '<c s="2"><v>3</v></c>',
    '<c r="B1"/>',
    '<c r="B1" s="1"/>',
    "<c/>",
    '<c r="B1"><v/></c>',
    '<c r="B1"><v></v></c>',
    '<c r="B1" t="b"><v>1</v></c>',
    '<c r="B1" t="e"><v>#N/A</v></c>',
    '<c r="B1" t="str"><v>a &amp; b_x000A_</v></c>',
    '<c r="B1" t="d"><v>2024-01-31</v></c>',
    '<c r="B1" t="inlineStr"><is><t>en ligne</t></is></c>',
    '<c r="B1" t="&#115;"><v>1</v></c>',
    '<c r="B1" t="x"><v>1</v></c>',
    '<c r="B1" s="a"><v>1</v></c>',
    '<c r="B1" s="&#49;"><v>1</v></c>',
    '<c r="B1" x:t="s" xmlns:x="urn:x"><v>1</v></c>',
    '<x:c r="B1" xmlns:x="urn:x"><x:v>1</x:v></x:c>',
    '<c r = "B1"><v>1</v></c>',
    '<c r="B1" ><v >1</v ></c >',
    '<c r="B1">\n  <v>1</v>\n</c>',
    '<c r="ZZZZ1"><v>1</v></c>',
    '<c r="B0"><v>1</v></c>',
    '<c r="B1"><v>1</v><v>2</v></c>',
    '<c r="B1"><v>1<!-- x -->2</v></c>',
    '<c r="B1"><v><![CDATA[12]]></v></c>',
    '<c r="B1"><v>&#49;&#50;</v></c>',
    '<c r="B1"><v>&bidule;</v></c>',
    '<c r="B1"><f>A1*2</f><v>2</v></c>',
    '<c r="B1"><f>A1&amp;"x"</f><v>1x</v></c>',
    '<c r="B1"><f>A1&bidule;</f><v>1</v></c>',
    '<c r="B1"><f/><v>1</v></c>',
    '<c r="B1"><f></f><v>1</v></c>',
    '<c r="B1"><f>A1</f></c>',
    '<c r="B1"><v>2</v><f>A1*2</f></c>',
    '<c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>',
    '<c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="B1"><f t="shared" ref="B1:B2" si="0">A1*2</f><v>2</v></c>',
    '<c r="B1"><f t="shared" ref="B1:B2" si="&#48;">A1*2</f><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c>',
    '<c r="B1"><f t="array" ref="B1:C2">A1:B2*2</f><v>2</v></c>',
    '<c r="B1"><f t="dataTable" ref="B1:C2" dt2D="1"/><v>2</v></c>',
    '<c r="B1"><f ca="1">NOW()</f><v>45000</v></c>',
    '<c r="B1"><f t=shared>A1</f></c>',
    '<c r="B1"><v>1</v></x>',
    '<c r="B1"><v>1</c>',
    '<c r="B1" s="1><v>1</v></c>',
    '<c r="B1"/ >',
    "<cc/>",
    '<col min="1"/>',
  ];

  it.each(CELLS)("%s", (cells) => {
    const xml = sheetXml(cells);
    expect(sheetFrom(xml, [], true)).toBe(sheetFrom(xml, [], false));
  });

  it("give what the events give for any sequence of cells, however the document is cut", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...CELLS), { minLength: 1, maxLength: 8 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (cells, cuts) => {
          const xml = sheetXml(cells.join(""));
          expect(sheetFrom(xml, cuts, true)).toBe(sheetFrom(xml, [], false));
        },
      ),
      { numRuns: 500 },
    );
  });

  it.each(ROWS)("give what the events give in any row (%s)", (row) => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...CELLS), { maxLength: 4 }), (cells) => {
        const xml = sheetXml(cells.join(""), row);
        expect(sheetFrom(xml, [], true)).toBe(sheetFrom(xml, [], false));
      }),
      { numRuns: 60 },
    );
  });

  it("read an empty row, with spaces or cut anywhere, as the events do", () => {
    for (const row of ['<row r="4"/>', '<row r="4"></row>', '<row r="4"> <c r="A4"><v>1</v></c>\n</row >'])
      for (const cuts of [[], [0.5], [0.6, 0.62, 0.64, 0.66, 0.68]]) {
        const xml = `${XML}<worksheet xmlns="${MAIN}"><sheetData>${row}<row><c><v>2</v></c></row></sheetData></worksheet>`;
        expect(sheetFrom(xml, cuts, true)).toBe(sheetFrom(xml, [], false));
      }
  });

  it("count the cells against the limits in the same order as the events", () => {
    const xml = sheetXml(Array.from({ length: 45 }, (_, i) => `<c r="${column(i)}1"><v>${i}</v></c>`).join(""));
    expect(sheetFrom(xml, [], true)).toMatch(/^erreur : la feuille « F » dépasse 40 de cellules/);
    expect(sheetFrom(xml, [], true)).toBe(sheetFrom(xml, [], false));
  });
});

describe("CellPool", () => {
  it("gives each request a cell of its value and format, shared only by the same key", () => {
    const numFmtOf = (style: number) => (style % 3 === 0 ? undefined : `fmt${style % 3}`);
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.boolean(),
            fc.oneof(fc.integer({ min: 0, max: 70_000 }), fc.constantFrom(2 ** 32 + 1, 2 ** 32 + 2)),
            fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: -5, max: 1 << 21 }), fc.constant(-0), fc.double()),
          ),
          { maxLength: 300 },
        ),
        (requests) => {
          const pool = new CellPool();
          const seen = new Map<string, Cell>();
          for (const [text, style, n] of requests) {
            const numFmt = numFmtOf(style);
            const cell = text
              ? pool.text(style, Math.abs(Math.trunc(n)) % 50, `t${Math.abs(Math.trunc(n)) % 50}`, numFmt)
              : pool.number(style, n, numFmt);
            const value = text ? `t${Math.abs(Math.trunc(n)) % 50}` : n;
            expect(cell).toEqual(numFmt ? { value, numFmt } : { value });
            expect(Object.is(cell.value, value)).toBe(true);
            const key = `${text}|${style}|${Object.is(value, -0) ? "-0" : value}`;
            const before = seen.get(key);
            // A cell is never shared by two keys.
            for (const [other, known] of seen) if (known === cell) expect(other).toBe(key);
            if (!before) seen.set(key, cell);
          }
        },
      ),
    );
  });

  it("shares the cells of the same label or zero in a sheet", () => {
    const sheet = readXlsx(
      workbookOf([
        '<c r="A1" t="s"><v>2</v></c>',
        '<c r="B1" t="s"><v>2</v></c>',
        '<c r="C1"><v>0</v></c>',
        '<c r="D1"><v>0</v></c>',
        '<c r="E1"><v>-0</v></c>',
      ]),
      "f.xlsx",
    ).workbook.sheet("F")!;
    expect(sheet.get(0, 0)).toBe(sheet.get(0, 1));
    expect(sheet.get(0, 2)).toBe(sheet.get(0, 3));
    expect(Object.is(sheet.value(0, 4), -0)).toBe(true);
  });
});

describe("parseSharedStrings", () => {
  /** The table read by the events of XmlScanner on the decoded text: no fast path. */
  function slowStrings(xml: string): string[] {
    const strings: string[] = [];
    const rich = new RichText();
    let inSi = false;
    XmlScanner.scan(xml, {
      open(tag) {
        if (tag.name === "si") inSi = true;
        else if (inSi) rich.open(tag.name);
      },
      close(name) {
        if (name === "si") {
          strings.push(rich.take());
          inSi = false;
        } else if (inSi) rich.close(name);
      },
      text: (text) => rich.text(text),
      wantsText: () => rich.wantsText,
    });
    return strings;
  }
  const outcome = (read: () => string[]) => {
    try {
      return read();
    } catch (error) {
      return `erreur : ${(error as Error).message}`;
    }
  };

  const ITEMS = [
    "<si><t>simple</t></si>",
    '<si><t xml:space="preserve"> espaces </t></si>',
    "<si><t>été &amp; &#233; _x000D_ _x005F_x0041_</t></si>",
    "<si><t></t></si>",
    "<si><t/></si>",
    "<si></si>",
    "<si/>",
    "<si><r><t>un </t></r><r><rPr><b/></rPr><t>riche</t></r></si>",
    '<si><t>フ</t><rPh sb="0" eb="1"><t>ふ</t></rPh></si>',
    "<si><t><![CDATA[<b> & ]]></t></si>",
    "<si><t>a<!-- c -->b</t></si>",
    "<si><t>&bidule;</t></si>",
    "<si><t>a</t><t>b</t></si>",
    '<si><t xml:space="default">x</t></si>',
    "<x:si><x:t>préfixe</x:t></x:si>",
    "<si>\n<t>retour</t>\n</si>",
    "<si><t>a</t></x>",
  ];

  it.each(ITEMS)("%s", (item) => {
    const xml = `<sst xmlns="urn:main" xmlns:x="urn:main">${item}<si><t>fin</t></si></sst>`;
    expect(outcome(() => parseSharedStrings(bytesOf(xml)))).toEqual(outcome(() => slowStrings(xml)));
  });

  it("reads any sequence of strings as the events do", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...ITEMS), { maxLength: 10 }), (items) => {
        const xml = `<sst xmlns:x="urn:main">${items.join("")}</sst>`;
        expect(outcome(() => parseSharedStrings(bytesOf(xml)))).toEqual(outcome(() => slowStrings(xml)));
      }),
    );
  });
});
