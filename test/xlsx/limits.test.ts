/**
 * Limits, checked before the work they bound: a zip bomb (honest or lying sizes), parts too big
 * in total, a merge over the whole grid, a sheet of two million cells, a workbook of five
 * thousand sheets. The command line stops with exit code 2 and a French sentence naming the
 * limit; nothing crashes. (How fast is measured by hand: see README, « Limites ».)
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { run } from "../../src/cli/run";
import { nodeInflater } from "../../src/cli/inflate";
import { readXlsx, XlsxLimitError } from "../../src/xlsx";
import { captureIo, makeTmpDir } from "../cli/helpers";
import { bigParts, giantMerge, manyCells, manySheets, workbookOf, zipBomb } from "./fixtures/bombs";
import { zipParts } from "./fixtures/package";
import { LIMITS, XlsxLimits } from "../../src/xlsx/limits";
import { countCellTags } from "../../src/xlsx/read/count";
import { ZipArchive } from "../../src/xlsx/zip/read";

jest.setTimeout(60_000);

const tmp = makeTmpDir();
afterAll(tmp.cleanup);

async function cli(name: string, bytes: Uint8Array): Promise<{ code: number; err: string; out: string }> {
  writeFileSync(join(tmp.dir, name), bytes);
  const io = captureIo(tmp.dir);
  const code = await run([name], io.io);
  return { code, err: io.err(), out: io.out() };
}

function refusal(bytes: Uint8Array, inflater = nodeInflater, limits: Partial<XlsxLimits> = {}): Error {
  try {
    readXlsx(bytes, "x.xlsx", { inflater, limits });
  } catch (error) {
    return error as Error;
  }
  throw new Error("aucune erreur");
}

describe("limites de lecture", () => {
  it("bombe zip annonçant sa vraie taille (1 Go) : refusée avant décompression", async () => {
    const bytes = zipBomb(1024, 1024 * 1024 * 1024);
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024);
    const { code, err } = await cli("bombe.xlsx", bytes);
    expect(code).toBe(2);
    expect(err).toBe(
      "verifpacte : bombe.xlsx : la partie « xl/worksheets/sheet1.xml » est trop volumineuse : 1\u00a0024\u00a0Mo une fois décompressée, pour 256\u00a0Mo au plus. VerifPacte ne lit pas les classeurs de cette taille.\n",
    );
  });

  it.each([
    ["zlib (ligne de commande)", nodeInflater],
    ["fflate (navigateur)", undefined],
  ])("bombe zip mentant sur sa taille : arrêtée dès que la partie dépasse sa taille annoncée, %s", (_, inflater) => {
    const error = refusal(zipBomb(1024, 4096), inflater as never);
    expect(error.message).toMatch(
      /^le fichier \.xlsx est endommagé ou piégé : la partie « xl\/worksheets\/sheet1\.xml » est plus grande, une fois décompressée, que ce qu'annonce l'archive \(4 Ko\)\.$/,
    );
  });

  it("parties trop grosses au total : refusées avant décompression", () => {
    const error = refusal(bigParts());
    expect(error).toBeInstanceOf(XlsxLimitError);
    expect(error.message).toBe(
      "le classeur décompressé est trop volumineux : 600\u00a0Mo annoncés par l'archive, pour 512\u00a0Mo au plus. VerifPacte ne lit pas les classeurs de cette taille.",
    );
  });

  it("fusion de toute la grille (A1:XFD1048576) dans un fichier de quelques Ko", async () => {
    const bytes = giantMerge();
    expect(bytes.length).toBeLessThan(5000);
    const { code, err } = await cli("fusion.xlsx", bytes);
    expect(code).toBe(2);
    expect(err).toBe(
      "verifpacte : fusion.xlsx : les cellules fusionnées couvrent plus de 5 millions de cellules : la fusion A1:XFD1048576 de la feuille « F1 » dépasse la limite. VerifPacte ne lit pas les classeurs de cette taille.\n",
    );
  });

  it("feuille de 2 millions de cellules", async () => {
    const { code, err } = await cli("dense.xlsx", manyCells(125));
    expect(code).toBe(2);
    expect(err).toBe(
      "verifpacte : dense.xlsx : la feuille « F1 » dépasse 1 million de cellules : VerifPacte en lit au plus 1 million par feuille. VerifPacte ne lit pas les classeurs de cette taille.\n",
    );
  });

  it("classeur de 5 000 feuilles", async () => {
    const { code, err } = await cli("feuilles.xlsx", manySheets(5000));
    expect(code).toBe(2);
    expect(err).toBe(
      "verifpacte : feuilles.xlsx : le classeur compte plus de 1\u00a0000 feuilles : VerifPacte n'en lit pas autant. VerifPacte ne lit pas les classeurs de cette taille.\n",
    );
  });

  it("un classeur refusé n'empêche pas de contrôler les autres du lot", async () => {
    writeFileSync(join(tmp.dir, "fusion.xlsx"), giantMerge());
    writeFileSync(join(tmp.dir, "petit.xlsx"), manySheets(2));
    const io = captureIo(tmp.dir);
    const code = await run(["fusion.xlsx", "petit.xlsx", "--format", "json"], io.io);
    expect(code).toBe(2);
    const report = JSON.parse(io.out()) as { files: { file: string; errors: string[] }[] };
    expect(report.files.map((f) => [f.file, f.errors.length === 0])).toEqual([
      ["fusion.xlsx", false],
      ["petit.xlsx", true],
    ]);
  });
});

describe("premier passage rapide sur une grande feuille", () => {
  it("compte les éléments <c> (toutes formes) sans compter <col>, <cfRule>…, même coupés entre deux morceaux", () => {
    const cells = Array.from(
      { length: 30_000 },
      (_, i) => [`<c r="A${i + 1}"><v>1</v></c>`, `<c r="B${i + 1}" s="2"/>`, "<c><v>3</v></c>", '<c\tt="b"><v>1</v></c>'][i % 4],
    ).join("");
    const sheet = `<worksheet><cols><col min="1" max="2"/></cols><sheetData><row>${cells}</row></sheetData><conditionalFormatting><cfRule type="cellIs"/></conditionalFormatting></worksheet>`;
    const archive = ZipArchive.open(zipParts({ "s.xml": sheet }), LIMITS);
    expect(countCellTags(archive, "s.xml")).toBe(30_000);
  });

  it("refuse la feuille de 2 millions de cellules avant d'en lire une seule", () => {
    const error = refusal(manyCells(125));
    expect(error).toBeInstanceOf(XlsxLimitError);
    expect(error.message).toMatch(/^la feuille « F1 » dépasse 1 million de cellules/);
  });

  it("refuse aussi, avant lecture, la feuille qui ferait dépasser le total du classeur", () => {
    const error = refusal(manyCells(125), undefined, { cellsPerSheet: 3_000_000, cells: 1_000_000 });
    expect(error.message).toBe(
      "le classeur dépasse 1 million de cellules : la limite est atteinte dans la feuille « F1 ». VerifPacte ne lit pas les classeurs de cette taille.",
    );
  });
});

describe("nombres impossibles", () => {
  it("une cellule numérique qui ne contient pas un nombre fini (« NaN », « abc », 1e999) est lue comme le texte écrit", () => {
    const { workbook } = readXlsx(
      workbookOf([
        `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>abc</v></c><c r="C1"><v>1e999</v></c><c r="D1"><v>12.5</v></c></row></sheetData></worksheet>`,
      ]),
      "x.xlsx",
      { inflater: nodeInflater },
    );
    const sheet = workbook.sheets[0];
    expect([0, 1, 2, 3].map((c) => sheet.value(0, c))).toEqual(["NaN", "abc", "1e999", 12.5]);
  });
});
