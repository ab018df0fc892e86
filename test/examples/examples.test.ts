/**
 * The sample workbooks of examples/ never drift from their descriptions: they are regenerated into
 * a temporary folder and both the committed and the regenerated files are compared, cell by cell
 * (values, formulas, cached results, number formats, merges, notes), with the descriptions.
 * Then the figures themselves: what makes each sample correct, or its planted mistakes complete.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseCellAddress } from "../../src/core/grid/address";
import { resolveWorkbook, SheetSnapshot } from "../../examples/build/resolve";
import { WorkbookDescription } from "../../examples/build/types";
import { readSnapshot } from "../../examples/build/xlsx";
import { EXAMPLES } from "../../examples/descriptions";
import { expectedFindingsFile, generateExamples } from "../../scripts/generate-examples";

const EXAMPLES_DIR = resolve(__dirname, "../../examples");

const RULE_IDS = [
  "formule-ligne",
  "formule-modele-k",
  "sous-total",
  "total-colonne-manquante",
  "valeur-en-dur",
  "formule-incoherente",
  "erreur-excel",
  "montant-texte",
  "montant-negatif-decimales",
  "montant-notifie",
  "cofinancement",
  "report-superieur",
  "report-incoherent",
  "report-apres-fin",
  "solde-non-justifie",
  "realise-superieur",
  "code-chorus",
  "fiche-action",
  "indicateur-texte",
  "indicateur-plusieurs-nombres",
  "indicateur-dont",
  "indicateur-taux",
  "indicateur-cible-manquante",
  "indicateur-ecart-cible",
  "indicateur-periode",
];

function example(file: string): WorkbookDescription {
  const found = EXAMPLES.find((d) => d.file === file);
  if (!found) throw new Error(`exemple inconnu : ${file}`);
  return found;
}

function firstSheet(file: string): SheetSnapshot {
  return resolveWorkbook(example(file)).sheets[0];
}

function num(sheet: SheetSnapshot, address: string): number {
  const value = sheet.cells[address]?.value ?? 0;
  if (typeof value !== "number") throw new Error(`${sheet.name}!${address} n'est pas un nombre : ${JSON.stringify(value)}`);
  return value;
}

function text(sheet: SheetSnapshot, address: string): string {
  const value = sheet.cells[address]?.value;
  return typeof value === "string" ? value : "";
}

const cents = (euros: number): number => Math.round(euros * 100);

/** Rows of `sheet` between `from` and `to` whose « Fiche action N° » cell (column C) is filled. */
function actionRows(sheet: SheetSnapshot, from: number, to: number, ficheColumn = "C"): number[] {
  const rows: number[] = [];
  for (let r = from; r <= to; r++) if (/^\d/.test(text(sheet, `${ficheColumn}${r}`))) rows.push(r);
  return rows;
}

describe("classeurs d'exemple : fichiers versés = descriptions", () => {
  let regenerated: string;

  beforeAll(async () => {
    regenerated = mkdtempSync(join(tmpdir(), "verifpacte-exemples-"));
    await generateExamples(regenerated);
  }, 60_000);

  afterAll(() => rmSync(regenerated, { recursive: true, force: true }));

  it.each(EXAMPLES.map((d) => [d.file, d] as const))(
    "%s correspond à sa description, cellule par cellule",
    async (_file, description) => {
      const expected = resolveWorkbook(description);
      expect(await readSnapshot(readFileSync(join(EXAMPLES_DIR, description.file)))).toEqual(expected);
      expect(await readSnapshot(readFileSync(join(regenerated, description.file)))).toEqual(expected);
    },
  );

  it("erreurs-plantees.attendu.json est la liste des erreurs plantées", () => {
    const file = expectedFindingsFile("erreurs-plantees.xlsx");
    const committed: unknown = JSON.parse(readFileSync(join(EXAMPLES_DIR, file), "utf8"));
    expect(committed).toEqual(example("erreurs-plantees.xlsx").expected);
    expect(readFileSync(join(regenerated, file), "utf8")).toBe(readFileSync(join(EXAMPLES_DIR, file), "utf8"));
  });
});

describe("prevision-2024-alpes-maritimes : le tableau du contrat", () => {
  const sheet = firstSheet("prevision-2024-alpes-maritimes.xlsx");

  it("donne les TOTAUX FINANCIERS imprimés dans le contrat (l.591)", () => {
    expect(["D17", "E17", "F17", "G17"].map((a) => num(sheet, a))).toEqual([737250, 737250, 40000, 1514500]);
  });

  it("ventile l'État par pilier comme l'article 3 (167 500 / 427 500 / 142 250 €)", () => {
    expect(["D9", "D14", "D16"].map((a) => num(sheet, a))).toEqual([167500, 427500, 142250]);
  });
});

describe("recapitulatif-2025 : des chiffres cohérents avec 2024", () => {
  const sheet = firstSheet("recapitulatif-2025.xlsx");
  const previous = firstSheet("prevision-2024-alpes-maritimes.xlsx");
  const rows = actionRows(sheet, 6, 16);

  it("reprend par action l'État, le CD et les autres financeurs de 2024 (A, C, E)", () => {
    expect(rows).toHaveLength(8);
    for (const r of rows) {
      expect([num(sheet, `E${r}`), num(sheet, `G${r}`), num(sheet, `I${r}`)]).toEqual([
        num(previous, `D${r}`),
        num(previous, `E${r}`),
        num(previous, `F${r}`),
      ]);
    }
  });

  it("reporte exactement les crédits non consommés (F = B, G = D), réalisé = A + C + E − B − D", () => {
    for (const r of rows) {
      expect([num(sheet, `K${r}`), num(sheet, `L${r}`)]).toEqual([num(sheet, `F${r}`), num(sheet, `H${r}`)]);
      const budget = num(sheet, `E${r}`) + num(sheet, `G${r}`) + num(sheet, `I${r}`);
      expect(cents(num(sheet, `J${r}`))).toBe(cents(budget - num(sheet, `F${r}`) - num(sheet, `H${r}`)));
    }
    expect(rows.some((r) => num(sheet, `K${r}`) > 0)).toBe(true);
  });

  it("notifie 1 012 485 € d'État en 2025 (art. 2.2), avec au moins autant de CD par action", () => {
    expect(rows.reduce((sum, r) => sum + cents(num(sheet, `M${r}`)), 0)).toBe(101248500);
    for (const r of rows) expect(num(sheet, `O${r}`)).toBeGreaterThanOrEqual(num(sheet, `M${r}`));
  });

  it("garde les défauts du modèle : K = G+I et des totaux incomplets", () => {
    expect(text(sheet, "P5")).toContain("(G+I)");
    expect(sheet.cells.P7.formula).toBe("=L7+N7");
    expect(sheet.cells.R9).toBeUndefined();
    expect(sheet.cells.L17).toBeUndefined();
  });
});

describe("calpae-execution-2022 et calpae-prevision-2023 : une paire correcte", () => {
  const execution = firstSheet("calpae-execution-2022.xlsx");
  const prevision = firstSheet("calpae-prevision-2023.xlsx");

  it("reprend en B et D de 2023 les montants à reporter de 2022, par fiche et au total", () => {
    const byFiche = new Map(actionRows(execution, 6, 15).map((r) => [text(execution, `C${r}`), r]));
    const rows = actionRows(prevision, 6, 15);
    expect(rows).toHaveLength(byFiche.size);
    for (const r of rows) {
      const r2022 = byFiche.get(text(prevision, `C${r}`)) as number;
      expect([num(prevision, `F${r}`), num(prevision, `I${r}`)]).toEqual([
        num(execution, `M${r2022}`),
        num(execution, `N${r2022}`),
      ]);
    }
    expect([num(prevision, "F16"), num(prevision, "I16")]).toEqual([num(execution, "M16"), num(execution, "N16")]);
  });

  it("explique en « Commentaire » chaque solde 2022 ni consommé ni reporté", () => {
    for (const r of actionRows(execution, 6, 15)) {
      const balance = cents(
        num(execution, `J${r}`) - num(execution, `K${r}`) - num(execution, `M${r}`) - num(execution, `N${r}`),
      );
      expect(balance).toBeGreaterThanOrEqual(0);
      if (balance > 0) expect(text(execution, `O${r}`)).not.toBe("");
    }
  });

  it("donne au CD au moins autant qu'à l'État sur chaque action", () => {
    for (const r of actionRows(prevision, 6, 15)) {
      expect(num(prevision, `G${r}`) + num(prevision, `I${r}`)).toBeGreaterThanOrEqual(
        num(prevision, `E${r}`) + num(prevision, `F${r}`),
      );
    }
  });
});

describe("indicateurs-2024 : une matrice renseignée sans écart", () => {
  it("place chaque résultat 2024 chiffré à moins de 20 % de sa cible", () => {
    const sheet = firstSheet("indicateurs-2024.xlsx");
    let compared = 0;
    for (let r = 6; r <= 38; r++) {
      const [target, result] = [sheet.cells[`D${r}`]?.value, sheet.cells[`E${r}`]?.value];
      if (typeof target !== "number" || typeof result !== "number") continue;
      expect(Math.abs(result - target) / target).toBeLessThanOrEqual(0.2);
      compared++;
    }
    expect(compared).toBeGreaterThan(20);
  });
});

describe("erreurs-plantees : une erreur de chaque sorte, à une cellule connue", () => {
  const description = example("erreurs-plantees.xlsx");
  const expected = description.expected ?? [];

  it("couvre chacune des 25 règles", () => {
    expect(new Set(expected.map((f) => f.ruleId))).toEqual(new Set(RULE_IDS));
  });

  it("désigne des feuilles et des cellules qui existent, une seule fois par règle et par cellule", () => {
    const sheets = new Set(description.sheets.map((s) => s.name));
    for (const f of expected) {
      expect(sheets.has(f.sheet)).toBe(true);
      expect(parseCellAddress(f.cell)).not.toBeNull();
      expect(f.why.length).toBeGreaterThan(20);
    }
    const keys = expected.map((f) => `${f.ruleId} ${f.sheet}!${f.cell}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
