/**
 * Fingerprints (partialFingerprints « verifpacte/v1 » and the JSON « fingerprint »): an edit that
 * does not touch a finding's cell role leaves every fingerprint unchanged — even when messages
 * change, even when the table moves down the sheet — and no two findings of a run share one.
 */
import { writeFileSync } from "node:fs";
import fc from "fast-check";
import { join } from "node:path";
import { F1_HEADER_2024 } from "../../../examples/descriptions/labels";
import { run } from "../../../src/cli/run";
import { analyze, JsonReport, toJsonReport } from "../../../src/core";
import { parseCellAddress } from "../../../src/core/grid/address";
import { CellValue, Workbook } from "../../../src/core/grid/model";
import { fnv1a64 } from "../../../src/core/report/fingerprints";
import { captureIo, makeTmpDir, readCore } from "../../cli/helpers";
import { RawCell, rawXlsx } from "./xlsx-brut";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..", "..");
const PLANTED = join(ROOT, "examples", "erreurs-plantees.xlsx");

interface Seen {
  where: string;
  message: string;
  fingerprint: string;
}

/** Each finding of the analysis: « rule sheet!cell », its message and its fingerprint. */
function findings(workbook: Workbook): Seen[] {
  return toJsonReport(analyze([workbook])).files.flatMap((f) =>
    f.findings.map((x) => ({ where: `${x.ruleId} ${x.sheet}!${x.cell}`, message: x.message, fingerprint: x.fingerprint })),
  );
}

function setCell(workbook: Workbook, sheet: string, address: string, value: CellValue): void {
  const at = parseCellAddress(address)!;
  const target = workbook.sheets.find((s) => s.name === sheet)!;
  target.set(at.row, at.col, { ...(target.get(at.row, at.col) ?? {}), value });
}

function fingerprintOf(seen: Seen[], where: string): string | undefined {
  return seen.find((s) => s.where === where)?.fingerprint;
}

/** FNV-1a 64 bits written the obvious way, with BigInt: the reference for the 16-bit-limb version. */
function fnvReference(text: string): string {
  let hash = BigInt("0xcbf29ce484222325");
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * BigInt("0x100000001b3")) & BigInt("0xffffffffffffffff");
  }
  return hash.toString(16).padStart(16, "0");
}

test("FNV-1a 64 bits : valeurs de référence, et égal au calcul en BigInt sur des textes quelconques", () => {
  expect(fnv1a64("")).toBe("cbf29ce484222325");
  expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
  expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  fc.assert(
    fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => fnv1a64(text) === fnvReference(text)),
    { numRuns: 500 },
  );
});

describe("erreurs plantées : modifier une autre cellule ne change aucune empreinte", () => {
  let before: Seen[];
  beforeAll(async () => {
    before = findings(await readCore(PLANTED));
  });

  test("29 constats, 29 empreintes distinctes", () => {
    expect(before).toHaveLength(29);
    expect(new Set(before.map((s) => s.fingerprint)).size).toBe(29);
  });

  test("une note écrite hors des tableaux, une ligne de titre reformulée : mêmes constats, mêmes empreintes", async () => {
    const workbook = await readCore(PLANTED);
    setCell(workbook, "Pacte 2024", "K30", "Relu par la DDETS le 12 mars");
    setCell(workbook, "CALPAE 2023", "A2", "Région Île-de-France - Département de Seine-et-Marne (77)");
    expect(findings(workbook)).toEqual(before);
  });

  test("le montant d'un constat change : son message change, pas son empreinte ni celle des autres", async () => {
    const workbook = await readCore(PLANTED);
    setCell(workbook, "Pacte 2024", "G8", 25000);
    const after = findings(workbook);
    const g8 = "formule-ligne Pacte 2024!G8";
    expect(after.find((s) => s.where === g8)?.message).not.toBe(before.find((s) => s.where === g8)?.message);
    for (const seen of before) {
      const now = after.find((s) => s.where === seen.where);
      if (now) expect(now.fingerprint).toBe(seen.fingerprint);
    }
    expect(after.filter((s) => before.some((b) => b.where === s.where)).length).toBeGreaterThanOrEqual(28);
    expect(new Set(after.map((s) => s.fingerprint)).size).toBe(after.length);
  });

  test("contre-épreuve : renommer l'action de la ligne change l'empreinte de son constat, et seulement celle-là", async () => {
    const workbook = await readCore(PLANTED);
    setCell(workbook, "Pacte 2024", "C8", "Une autre action");
    const after = findings(workbook);
    const changed = before.filter((seen) => fingerprintOf(after, seen.where) !== seen.fingerprint).map((s) => s.where);
    expect(changed).toEqual(["formule-ligne Pacte 2024!G8"]);
  });
});

/**
 * A F1 table two ways: at the top of the sheet, and three rows lower under extra title lines.
 * Action 2 is typed twice (same fiche, same title, same wrong budget): two findings with the same
 * identity, told apart by their rank.
 */
function f1Sheet(offset: number): RawCell[][] {
  const titles: RawCell[][] = [
    ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
    ...Array.from({ length: offset }, () => [] as RawCell[]),
    ["Prévisionnel Année 2024"],
  ];
  const top = titles.length + 2; // first action row, 1-based
  const row = (r: number, fiche: string, title: string, a: RawCell, b: number, budget: RawCell): RawCell[] => [
    r === top ? "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance" : null,
    fiche,
    title,
    a,
    b,
    0,
    budget,
  ];
  const sum = (c: string, v: number) => ({ f: `SUM(${c}${top}:${c}${top + 3})`, v });
  return [
    ...titles,
    F1_HEADER_2024,
    row(top, "1.", "Soutien à la parentalité", "67 500,00 €", 67500, { f: `D${top}+E${top}+F${top}`, v: 67500 }),
    row(top + 1, "2.", "Soutien psychologique", 90000, 90000, 99999),
    row(top + 2, "2.", "Soutien psychologique", 90000, 90000, 99999),
    row(top + 3, "3.", "Mobilité solidaire", 40000, 40000, { f: `D${top + 3}+E${top + 3}+F${top + 3}`, v: 80000 }),
    [null, "Sous total", null, sum("D", 220000), sum("E", 287500), sum("F", 0), sum("G", 347498)],
    ["TOTAUX FINANCIERS", null, null, 220000, 287500, 0, 347498],
  ];
}

describe("le même tableau plus bas dans la feuille", () => {
  const tmp = makeTmpDir();
  afterAll(tmp.cleanup);

  async function report(offset: number): Promise<JsonReport> {
    writeFileSync(
      join(tmp.dir, "pacte.xlsx"),
      rawXlsx([{ name: "Pacte 2024", rows: f1Sheet(offset), moneyColumns: ["D", "E", "F", "G"] }]),
    );
    const io = captureIo(tmp.dir);
    await run(["--format", "json", "pacte.xlsx"], io.io);
    return JSON.parse(io.out()) as JsonReport;
  }

  test("toutes les adresses changent, aucune empreinte ; deux constats identiques numérotés :1 et :2", async () => {
    const high = (await report(0)).files[0].findings;
    const low = (await report(3)).files[0].findings;
    expect(high.length).toBeGreaterThanOrEqual(4);
    expect(low.map((f) => f.ruleId)).toEqual(high.map((f) => f.ruleId));
    low.forEach((f, i) => expect(f.cell).not.toBe(high[i].cell));
    expect(low.map((f) => f.fingerprint)).toEqual(high.map((f) => f.fingerprint));
    expect(new Set(high.map((f) => f.fingerprint)).size).toBe(high.length);
    const twins = high.filter((f) => f.ruleId === "formule-ligne" && f.message.includes("99\u00a0999,00\u00a0€"));
    expect(twins).toHaveLength(2);
    expect(twins[0].fingerprint.slice(0, 16)).toBe(twins[1].fingerprint.slice(0, 16));
    expect(twins.map((t) => t.fingerprint.slice(17))).toEqual(["1", "2"]);
  });
});
