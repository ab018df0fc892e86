/**
 * ByteScanner (the worksheets' scanner, on UTF-8 bytes) gives the events and the errors of
 * XmlScanner on the text of the same bytes, however the bytes are cut into chunks.
 */
import fc from "fast-check";
import { ByteScanner, ByteTag, utf8 } from "../../src/xlsx/xml/bytes";
import { Tag, XmlError, XmlScanner } from "../../src/xlsx/xml/scanner";

const encoder = new TextEncoder();

/** Events as lines, or the error; `offsets`: with the start and end of each tag (ASCII documents). */
function record(
  run: (handler: Parameters<typeof XmlScanner.scan>[1] & Parameters<typeof ByteScanner.scan>[1]) => void,
  offsets: boolean,
  wantText: (depth: number) => boolean,
): string[] {
  const out: string[] = [];
  let depth = 0;
  try {
    run({
      open(tag: Tag | ByteTag) {
        const attrs = [...tag.attributes()].map(([k, v]) => ` ${k}=${v}`).join("");
        out.push(`<${tag.name}${attrs}${tag.selfClosing ? "/" : ""}>${offsets ? ` ${tag.start}-${tag.end}` : ""}`);
        depth++;
      },
      close(name: string, end: number) {
        out.push(`</${name}>${offsets ? ` ${end}` : ""}`);
        depth--;
      },
      text: (text: string) => out.push(`text:${text}`),
      wantsText: () => wantText(depth),
    });
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    out.push(`erreur : ${error.message}`);
  }
  return out;
}

/** XmlScanner on the text, decoded as the reader decodes a part (streaming, BOM kept). */
function viaText(bytes: Uint8Array, offsets: boolean, wantText = (d: number) => d % 2 === 1): string[] {
  return record(
    (handler) => XmlScanner.scan(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes), handler),
    offsets,
    wantText,
  );
}

function viaBytes(bytes: Uint8Array, cuts: number[], offsets: boolean, wantText = (d: number) => d % 2 === 1): string[] {
  return record(
    (handler) => {
      const scanner = new ByteScanner(handler);
      const points = [0, ...[...new Set(cuts.map((c) => Math.floor(c * bytes.length)))].sort((a, b) => a - b), bytes.length];
      for (let i = 1; i < points.length; i++) scanner.write(bytes.slice(points[i - 1], points[i]));
      scanner.close();
    },
    offsets,
    wantText,
  );
}

const DOC =
  '\uFEFF<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<x:worksheet xmlns:x="urn:main" xmlns:r="urn:r">' +
  "<!-- un commentaire <c> -->" +
  '<x:sheetData><x:row r=\'1\'><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> a &amp; b &lt; &#233;&#xE9; été 𝄞 </x:t></x:is></x:c>' +
  '<x:c r="B1" s = "3" ><x:f>IF(A1&gt;2,"&gt;",\'x\')</x:f><x:v>1</x:v></x:c>' +
  '<x:c r="C1"><x:v><![CDATA[<b> & é ]]></x:v></x:c></x:row></x:sheetData>' +
  '<x:hyperlinks><x:hyperlink ref="A1" r:id="rId1" display="a &quot;b&quot; &gt; c — ü"/></x:hyperlinks>' +
  "</x:worksheet>\n";

const SNIPPETS = [
  "<a>",
  "</a>",
  "<b x='1'>",
  "</b>",
  '<x:c r="A1" t="s">',
  "</x:c>",
  "<d/>",
  "<é>",
  "</é>",
  "texte",
  "été — 𝄞",
  "&amp;",
  "&#233;",
  "&bidule;",
  "<![CDATA[ <&> é ]]>",
  "<!-- c -->",
  "<?pi x?>",
  " ",
  "\n",
  "\uFEFF",
  "<",
  ">",
  "=",
  '"',
  "'",
  "/",
  ":",
  "<!DOCTYPE a>",
  "<e a = 'v' b=\"w\"/>",
  "<f xmlns='u' xmlns:p='v' p:g='1' xmlnsq='2'>",
  "</f>",
  "</ a >",
];

describe("ByteScanner", () => {
  it("gives XmlScanner's events, offsets in bytes aside", () => {
    const bytes = encoder.encode(DOC);
    expect(viaBytes(bytes, [], false)).toEqual(viaText(bytes, false));
    expect(viaBytes(bytes, [], false, () => true)).toEqual(viaText(bytes, false, () => true));
  });

  it("gives XmlScanner's offsets on an ASCII document", () => {
    const bytes = encoder.encode(DOC.replace(/[^\x00-\x7f]/g, "e"));
    expect(viaBytes(bytes, [0.3, 0.7], true)).toEqual(viaText(bytes, true));
  });

  it("gives the same events however the bytes are cut, even inside a character", () => {
    const bytes = encoder.encode(DOC);
    const expected = viaText(bytes, false);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }), (cuts) => {
        expect(viaBytes(bytes, cuts, false)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the same events and errors on any document made of pieces of XML", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SNIPPETS), { maxLength: 14 }),
        fc.boolean(),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 5 }),
        (pieces, rooted, cuts) => {
          const text = rooted ? `<racine>${pieces.join("")}</racine>` : pieces.join("");
          const bytes = encoder.encode(text);
          expect(viaBytes(bytes, cuts, false)).toEqual(viaText(bytes, false));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["<a><b></a>", /au lieu de/],
    ["<a>", /non fermé/],
    ["<a></a><b/>", /plusieurs éléments racines/],
    ["<a x=1/>", /sans guillemets/],
    ["<a x/>", /sans valeur/],
    ["<a>&bidule;</a>", /entité inconnue/],
    ['<!DOCTYPE a [<!ENTITY x "xxxxxxxx">]><a>&x;</a>', /DTD/],
    ["texte<a/>", /hors de l'élément racine/],
    ["<a/>\uFEFF\uFEFF", null],
    ["<a/>\uFEFFx", /hors de l'élément racine/],
    ["<a x='1", /tronqué/],
    ["", /vide/],
  ])("refuses %s as XmlScanner does", (xml, message) => {
    const bytes = encoder.encode(xml);
    for (const cuts of [[], [0.5], [0.2, 0.4, 0.6, 0.8, 0.9]])
      expect(viaBytes(bytes, cuts, false)).toEqual(viaText(bytes, false));
    const last = viaBytes(bytes, [], false).pop() ?? "";
    if (message) expect(last).toMatch(message);
    else expect(last).not.toMatch(/^erreur/);
  });

  it("decodes text as a TextDecoder does, invalid sequences included", () => {
    const samples = [
      encoder.encode("été 𝄞 \uFEFF fin"),
      new Uint8Array([0x61, 0xc3, 0x62, 0xe2, 0x82, 0xff, 0xf0, 0x9d, 0x84]),
      encoder.encode("a".repeat(300) + "é"),
    ];
    for (const bytes of samples)
      expect(utf8(bytes, 0, bytes.length)).toBe(new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
  });
});
