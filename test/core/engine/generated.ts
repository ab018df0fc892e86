/**
 * Generated financial tables for the property tests of the write plan: real template headers
 * (F1 or F3), axes of action rows each closed by a « Sous total », TOTAUX FINANCIERS, and every
 * kind of cell the SPEC describes — amounts as numbers or text, row formulas right or wrong,
 * totals as right or short SUM formulas, typed right or wrong, empty, « =0 », empty sections.
 * Formulas are saved without a cached result (the resolver computes them), as other tools do.
 */
import fc from "fast-check";
import { columnLetter, parseCellAddress } from "../../../src/core/grid/address";
import { Cell, Workbook } from "../../../src/core/grid/model";
import { CellWrite } from "../../../src/core/engine/plan";
import { ColumnKey } from "../../../src/core/referentiel/types";
import { TEMPLATE_HEADERS } from "../../helpers/ruleTester";
import { CellSpec, EURO_FORMAT, buildWorkbook } from "../../helpers/sheet";

type Family = "F1" | "F3";

const COLUMNS: Record<Family, { keys: ColumnKey[]; parts: ColumnKey[]; computed: ColumnKey; extra: ColumnKey[] }> = {
  F1: {
    keys: ["axe", "fiche", "intitule", "etatNotifie", "cdAffecte", "autres", "budget"],
    parts: ["etatNotifie", "cdAffecte", "autres"],
    computed: "budget",
    extra: [],
  },
  F3: {
    keys: [
      "axe",
      "chorus",
      "fiche",
      "intitule",
      "etatVerse",
      "etatReporte",
      "cdAffecte",
      "cdReporte",
      "autres",
      "budget",
      "realise",
      "reportEtat",
      "reportCd",
      "commentaire",
    ],
    parts: ["etatVerse", "etatReporte", "cdAffecte", "cdReporte", "autres"],
    computed: "budget",
    extra: ["realise", "reportEtat", "reportCd"],
  },
};

/** How an input amount is written. */
export type AmountKind = "number" | "text" | "empty" | "dash";
/** How a computed cell (F = A+B+…) of an action row is written. */
export type ComputedKind = "formula" | "formulaShort" | "typedRight" | "typedWrong" | "empty";
/** How a total cell is written. */
export type TotalKind = "sum" | "sumShort" | "typedRight" | "typedWrong" | "empty" | "zero" | "text";

export interface ActionSpec {
  amounts: { kind: AmountKind; cents: number }[];
  computed: ComputedKind;
  /** Réalisé, report État, report CD (F3), in cents. */
  extra: number[];
}

export interface GroupSpec {
  actions: ActionSpec[];
  /** One kind per money column of the sous-total row. */
  totals: TotalKind[];
}

export interface TableSpec {
  family: Family;
  groups: GroupSpec[];
  grand: TotalKind[];
}

const amountArb: fc.Arbitrary<{ kind: AmountKind; cents: number }> = fc.record({
  kind: fc.constantFrom<AmountKind>("number", "number", "number", "number", "text", "empty", "dash"),
  cents: fc.integer({ min: 0, max: 200_000 }).map((n) => n * 100 + (n % 3 === 0 ? 50 : 0)),
});
const totalArb = fc.constantFrom<TotalKind>("sum", "sum", "sum", "sumShort", "typedRight", "typedWrong", "empty", "zero", "text");

export function tableSpecArb(family: Family): fc.Arbitrary<TableSpec> {
  const { parts, extra } = COLUMNS[family];
  const money = parts.length + 1 + extra.length;
  const action: fc.Arbitrary<ActionSpec> = fc.record({
    amounts: fc.array(amountArb, { minLength: parts.length, maxLength: parts.length }),
    computed: fc.constantFrom<ComputedKind>("formula", "formula", "formula", "formulaShort", "typedRight", "typedWrong", "empty"),
    extra: fc.array(
      fc.integer({ min: 0, max: 100_000 }).map((n) => n * 100),
      { minLength: extra.length, maxLength: extra.length },
    ),
  });
  const group: fc.Arbitrary<GroupSpec> = fc.record({
    actions: fc.array(action, { minLength: 0, maxLength: 4 }),
    totals: fc.array(totalArb, { minLength: money, maxLength: money }),
  });
  return fc.record({
    family: fc.constant(family),
    groups: fc.array(group, { minLength: 1, maxLength: 3 }),
    grand: fc.array(totalArb, { minLength: money, maxLength: money }),
  });
}

const euros = (cents: number) => cents / 100;

function amountCell(a: { kind: AmountKind; cents: number }): CellSpec {
  switch (a.kind) {
    case "number":
      return { v: euros(a.cents), fmt: EURO_FORMAT };
    case "text":
      return `${(a.cents / 100).toLocaleString("fr-FR", { minimumFractionDigits: 2 }).replace(/\u202f/g, " ")} €`;
    case "empty":
      return null;
    case "dash":
      return "- €";
  }
}

function inputCents(a: { kind: AmountKind; cents: number }): number {
  return a.kind === "number" || a.kind === "text" ? a.cents : 0;
}

function totalCell(kind: TotalKind, col: string, rows: number[], right: number): CellSpec {
  const ranges = rows.map((r) => `${col}${r + 1}`).join(",");
  switch (kind) {
    case "sum":
      return rows.length === 0 ? null : { f: `=SUM(${ranges})`, fmt: EURO_FORMAT };
    case "sumShort":
      return rows.length <= 1
        ? { v: euros(right), fmt: EURO_FORMAT }
        : {
            f: `=SUM(${rows
              .slice(0, -1)
              .map((r) => `${col}${r + 1}`)
              .join(",")})`,
            fmt: EURO_FORMAT,
          };
    case "typedRight":
      return { v: euros(right), fmt: EURO_FORMAT };
    case "typedWrong":
      return { v: euros(right + 12_345_00), fmt: EURO_FORMAT };
    case "empty":
      return null;
    case "zero":
      return { f: "=0", fmt: EURO_FORMAT };
    case "text":
      return `${(right / 100).toFixed(2).replace(".", ",")} €`;
  }
}

/** The workbook of a table spec: one sheet « Tableau », a title line, the header, the rows. */
export function tableWorkbook(spec: TableSpec, file = "genere.xlsx"): Workbook {
  const { keys, parts, computed, extra } = COLUMNS[spec.family];
  const headers = keys.map((k) => TEMPLATE_HEADERS[spec.family][k] as string);
  const col = (k: ColumnKey) => keys.indexOf(k);
  const moneyKeys = [...parts, computed, ...extra];
  const rows: CellSpec[][] = [[`TABLEAU FINANCIER ${spec.family === "F1" ? "prévisionnel 2024" : "exécution 2022"}`], headers];
  const grandParts: number[] = [];
  const rightByRow = new Map<number, number[]>();
  let fiche = 1;
  spec.groups.forEach((group, g) => {
    const actionRows: number[] = [];
    const axeLabel = spec.family === "F1" ? `Axe ${g + 1} Prévenir la pauvreté` : `Thème ${g + 1} mesures socle`;
    if (group.actions.length === 0) {
      const row: CellSpec[] = [];
      row[col("axe")] = axeLabel;
      rows.push(row);
    }
    group.actions.forEach((action, i) => {
      const r = rows.length;
      const row: CellSpec[] = [];
      if (i === 0) row[col("axe")] = axeLabel;
      if (spec.family === "F3" && i === 0) row[col("chorus")] = "0304 50 19 19 03";
      row[col("fiche")] = `${fiche}.`;
      row[col("intitule")] = `Action ${fiche++}`;
      parts.forEach((k, j) => (row[col(k)] = amountCell(action.amounts[j])));
      const sum = action.amounts.reduce((n, a) => n + inputCents(a), 0);
      const letters = parts.map((k) => `${columnLetter(col(k))}${r + 1}`);
      const c = col(computed);
      row[c] =
        action.computed === "formula"
          ? { f: `=${letters.join("+")}`, fmt: EURO_FORMAT }
          : action.computed === "formulaShort"
            ? { f: `=${letters.slice(0, -1).join("+")}`, fmt: EURO_FORMAT }
            : action.computed === "typedRight"
              ? { v: euros(sum), fmt: EURO_FORMAT }
              : action.computed === "typedWrong"
                ? { v: euros(sum + 1_000_00), fmt: EURO_FORMAT }
                : null;
      extra.forEach((k, j) => (row[col(k)] = { v: euros(action.extra[j]), fmt: EURO_FORMAT }));
      rightByRow.set(r, [...action.amounts.map(inputCents), sum, ...action.extra]);
      rows.push(row);
      actionRows.push(r);
    });
    const r = rows.length;
    const row: CellSpec[] = [];
    row[col("axe")] = "Sous total";
    moneyKeys.forEach((k, j) => {
      const right = actionRows.reduce((n, a) => n + (rightByRow.get(a)?.[j] ?? 0), 0);
      row[col(k)] = totalCell(group.totals[j], columnLetter(col(k)), actionRows, right);
    });
    rightByRow.set(
      r,
      moneyKeys.map((_, j) => actionRows.reduce((n, a) => n + (rightByRow.get(a)?.[j] ?? 0), 0)),
    );
    rows.push(row);
    grandParts.push(r);
  });
  const row: CellSpec[] = [];
  row[col("axe")] = "TOTAUX FINANCIERS";
  moneyKeys.forEach((k, j) => {
    const right = grandParts.reduce((n, a) => n + (rightByRow.get(a)?.[j] ?? 0), 0);
    row[col(k)] = totalCell(spec.grand[j], columnLetter(col(k)), grandParts, right);
  });
  rows.push(row);
  return buildWorkbook(file, { Tableau: rows.map((r) => Array.from({ length: keys.length }, (_, i) => r[i] ?? null)) });
}

/**
 * The plan's cell writes applied to a copy of the workbooks, every formula then computed afresh
 * (cached results dropped): the workbook as Excel shows it after the corrections, independently
 * of the engine's own corrected view.
 */
export function applyWrites(workbook: Workbook, writes: readonly CellWrite[]): Workbook {
  const copy = new Workbook(workbook.name);
  for (const sheet of workbook.sheets) {
    const out = copy.addSheet(sheet.name);
    sheet.merges.forEach((m) => out.addMerge({ ...m }));
    sheet.notes.forEach((text, address) => out.notes.set(address, text));
    for (let r = 0; r < sheet.rowCount; r++) {
      for (let c = 0; c < sheet.rowLength(r); c++) {
        const cell = sheet.get(r, c);
        if (cell) out.set(r, c, cell.formula ? { ...cell, value: null } : { ...cell });
      }
    }
  }
  for (const write of writes.filter((w) => w.file === workbook.name)) {
    const sheet = copy.sheet(write.sheet);
    const at = parseCellAddress(write.cell);
    if (!sheet || !at) throw new Error(`écriture hors classeur : ${write.sheet}!${write.cell}`);
    const numFmt = sheet.get(at.row, at.col)?.numFmt ?? write.numFmt;
    const cell: Cell =
      write.kind === "formula" ? { value: null, formula: write.formula as string } : { value: write.value ?? null };
    sheet.set(at.row, at.col, numFmt === undefined ? cell : { ...cell, numFmt });
  }
  return copy;
}
