/**
 * Node's inflater of the command line: its chunks put together give the part, each one decodes
 * alone (cut on a character boundary), and most end just after a « > » (no tag cut in two).
 */
import { deflateRawSync } from "node:zlib";
import { nodeDecoder, nodeInflater } from "../../src/cli/inflate";
import { InflateOverflow } from "../../src/xlsx";

function chunksOf(text: string, maxBytes = Buffer.byteLength(text)): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  nodeInflater(deflateRawSync(Buffer.from(text)), maxBytes, (chunk) => chunks.push(chunk.slice()));
  return chunks;
}

describe("nodeInflater", () => {
  it("cuts a sheet just after a tag, and each chunk decodes alone", () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>été ${i} — 𝄞</t></is></c></row>`;
    const xml = `<worksheet><sheetData>${Array.from({ length: 40_000 }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`;
    const chunks = chunksOf(xml);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map(nodeDecoder).join("")).toBe(xml);
    for (const chunk of chunks.slice(0, -1)) expect(chunk[chunk.length - 1]).toBe(0x3e);
  });

  it("cuts a long text without tag on a character boundary", () => {
    const xml = `<t>${"é€𝄞a".repeat(400_000)}</t>`;
    const chunks = chunksOf(xml);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.map(nodeDecoder).join("")).toBe(xml);
  });

  it("stops a part larger than announced", () => {
    expect(() => chunksOf("<a>".repeat(10_000), 1000)).toThrow(InflateOverflow);
  });
});
