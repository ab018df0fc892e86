/**
 * Node's inflater of the command line: its chunks put together give the part, and they end just
 * after a « > » (no tag cut in two) when there is one near their end.
 */
import { constants, deflateRawSync, inflateRawSync } from "node:zlib";
import { nodeInflater } from "../../src/cli/inflate";
import { InflateOverflow } from "../../src/xlsx";

function chunksOf(text: string, maxBytes = Buffer.byteLength(text)): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  nodeInflater(deflateRawSync(Buffer.from(text)), maxBytes, (chunk) => chunks.push(chunk.slice()));
  return chunks;
}

const joined = (chunks: Uint8Array[]) => Buffer.concat(chunks).toString("utf8");

describe("nodeInflater", () => {
  it("cuts a sheet just after a tag", () => {
    const row = (i: number) => `<row r="${i}"><c r="A${i}" t="inlineStr"><is><t>été ${i} — 𝄞</t></is></c></row>`;
    const xml = `<worksheet><sheetData>${Array.from({ length: 40_000 }, (_, i) => row(i + 1)).join("")}</sheetData></worksheet>`;
    const chunks = chunksOf(xml);
    expect(chunks.length).toBeGreaterThan(2);
    expect(joined(chunks)).toBe(xml);
    for (const chunk of chunks.slice(0, -1)) expect(chunk[chunk.length - 1]).toBe(0x3e);
  });

  it("cuts a long text without tag anywhere", () => {
    const xml = `<t>${"é€𝄞a".repeat(400_000)}</t>`;
    const chunks = chunksOf(xml);
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.slice(0, -1).every((chunk) => chunk.length === 1024 * 1024)).toBe(true);
    expect(joined(chunks)).toBe(xml);
  });

  it.each([5_000, 9_000, 20_000])(
    "says of a damaged part what zlib says in its usual steps: the damage, or a part too large (announced %d)",
    (announced) => {
      // 10 Ko of text, then a block of a type that does not exist.
      const data = Buffer.concat([
        deflateRawSync(Buffer.from("<a>".repeat(3_500)), { finishFlush: constants.Z_SYNC_FLUSH }),
        Buffer.from([0xff]),
      ]);
      const kind = (run: () => void) => {
        try {
          run();
          return "lu";
        } catch (error) {
          return error instanceof InflateOverflow || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE"
            ? "trop grande"
            : "endommagée";
        }
      };
      const expected = kind(() => inflateRawSync(data, { maxOutputLength: announced }));
      expect(expected).toBe("endommagée");
      expect(kind(() => nodeInflater(data, announced, () => undefined))).toBe(expected);
    },
  );

  it("stops a part larger than announced", () => {
    expect(() => chunksOf("<a>".repeat(10_000), 1000)).toThrow(InflateOverflow);
  });
});
