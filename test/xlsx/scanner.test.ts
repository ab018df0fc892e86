import fc from "fast-check";
import { Tag, XmlError, XmlScanner } from "../../src/xlsx/xml/scanner";
import { escapeAttribute, escapeText } from "../../src/xlsx/xml/entities";

/** Every event as a line: « <c r=A1 t=s> », « text:… », « </c> ». */
function events(chunks: string[], wantText = true): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner({
    open(tag: Tag) {
      const attrs = [...tag.attributes()].map(([k, v]) => ` ${k}=${v}`).join("");
      out.push(`<${tag.name}${attrs}${tag.selfClosing ? "/" : ""}>`);
    },
    close: (name) => out.push(`</${name}>`),
    text: (text) => out.push(`text:${text}`),
    wantsText: () => wantText,
  });
  for (const chunk of chunks) scanner.write(chunk);
  scanner.close();
  return out;
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="urn:r">' +
  "<!-- un commentaire <c> -->" +
  '<x:sheetData><x:row r=\'1\'><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> a &amp; b &lt; &#233;&#xE9; </x:t></x:is></x:c>' +
  '<x:c r="B1" s = "3" ><x:f>IF(A1&gt;2,"&gt;",\'x\')</x:f><x:v>1</x:v></x:c>' +
  '<x:c r="C1"><x:v><![CDATA[<b> & ]]></x:v></x:c></x:row></x:sheetData>' +
  '<x:hyperlinks><x:hyperlink ref="A1" r:id="rId1" display="a &quot;b&quot; &gt; c"/></x:hyperlinks>' +
  "</x:worksheet>";

const EXPECTED = [
  "<worksheet>",
  "<sheetData>",
  "<row r=1>",
  "<c r=A1 t=inlineStr>",
  "<is>",
  "<t space=preserve>",
  "text: a & b < éé ",
  "</t>",
  "</is>",
  "</c>",
  "<c r=B1 s=3>",
  "<f>",
  `text:IF(A1>2,">",'x')`,
  "</f>",
  "<v>",
  "text:1",
  "</v>",
  "</c>",
  "<c r=C1>",
  "<v>",
  "text:<b> & ",
  "</v>",
  "</c>",
  "</row>",
  "</sheetData>",
  "<hyperlinks>",
  '<hyperlink ref=A1 id=rId1 display=a "b" > c/>',
  "</hyperlink>",
  "</hyperlinks>",
  "</worksheet>",
];

describe("XmlScanner", () => {
  it("reports elements without prefix, attributes decoded, text with entities and CDATA", () => {
    expect(events([DOC])).toEqual(EXPECTED);
  });

  it("gives the same events however the document is cut into chunks", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: DOC.length }), { maxLength: 12 }), (cuts) => {
        const points = [0, ...[...new Set(cuts)].sort((a, b) => a - b), DOC.length];
        const chunks = points.slice(1).map((end, i) => DOC.slice(points[i], end));
        expect(events(chunks)).toEqual(EXPECTED);
      }),
      { numRuns: 300 },
    );
  });

  it("gives the offsets of each start tag in the whole document, across chunks", () => {
    const xml = "<a><b x='1'/><c>t</c></a>";
    const seen: [string, string][] = [];
    const scanner = new XmlScanner({
      open: (tag) => seen.push([tag.name, xml.slice(tag.start, tag.end)]),
      close: () => undefined,
    });
    for (const ch of xml) scanner.write(ch);
    scanner.close();
    expect(seen).toEqual([
      ["a", "<a>"],
      ["b", "<b x='1'/>"],
      ["c", "<c>"],
    ]);
  });

  it("skips text nobody asks for", () => {
    expect(events(["<a>texte<b/>encore</a>"], false)).toEqual(["<a>", "<b/>", "</b>", "</a>"]);
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
    ["<a x='1", /tronqué/],
    ["", /vide/],
  ])("refuses %s", (xml, message) => {
    expect(() => events([xml])).toThrow(XmlError);
    expect(() => events([xml])).toThrow(message);
  });
});

describe("escaping", () => {
  it("escapes text and attributes and drops the characters XML 1.0 cannot hold", () => {
    expect(escapeText("a < b & c > d\u0007\u001b\n")).toBe("a &lt; b &amp; c &gt; d\n");
    expect(escapeAttribute('dit "oui"\n\tfin')).toBe("dit &quot;oui&quot;&#10;&#9;fin");
  });

  it("round-trips through the scanner", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const kept = escapeText(text);
        const xml = `<a v="${escapeAttribute(text)}">${kept}</a>`;
        let attr: string | undefined;
        let body = "";
        XmlScanner.scan(xml, {
          open: (t) => (attr = t.get("v") ?? attr),
          close: () => undefined,
          text: (t) => (body += t),
          wantsText: () => true,
        });
        const expected = text.replace(
          /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          "",
        );
        expect(attr).toBe(expected);
        expect(body).toBe(expected);
      }),
    );
  });
});
