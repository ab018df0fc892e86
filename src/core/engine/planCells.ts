/**
 * The cells of a write plan before it is settled: the selected findings' value and formula fixes,
 * refused when unsafe, grouped by cell with their contents best first (engine/settle.ts).
 *
 * Formula-injection guard: a value fix whose text starts with =, +, - or @ would become a formula
 * when written through office-js. Such a fix is refused (a PlanConflict explains why), never
 * transformed: the user's text is not ours to rewrite. Likewise a formula fix without its leading
 * "=", a number that is not finite, or an address that is not a cell is refused.
 */
import { cellAddress, parseCellAddress } from "../grid/address";
import { Finding, Rule } from "../rules/types";
import { cellFixes } from "../rules/util/fixes";
import type { Analysis } from "./analyze";
import { findingKey } from "./context";
import { CellWrite, PlanConflict } from "./plan";
import { CellFix, PlanCell, candidateOrder, conflictMessage, signature } from "./settle";
import { startsLikeFormula } from "./text";

/** Findings with a cell fix, by key. */
export function knownFixes(findings: readonly Finding[]): Map<string, Finding> {
  return new Map(findings.filter((f) => f.fix && f.fix.kind !== "comment").map((f) => [findingKey(f), f]));
}

/** Why a fix must not be written as is, or null when it is safe. */
function refusal(fix: CellFix, cell: string | null): string | null {
  if (cell === null) return `l'adresse « ${fix.cell} » ne désigne pas une cellule`;
  if (fix.kind === "formula") {
    return fix.formula.trim().startsWith("=") ? null : `la formule « ${fix.formula} » ne commence pas par « = »`;
  }
  if (typeof fix.value === "number") return Number.isFinite(fix.value) ? null : "la valeur n'est pas un nombre";
  return startsLikeFormula(fix.value)
    ? `le texte « ${fix.value} » commence par « ${fix.value.trim()[0]} » et serait lu comme une formule`
    : null;
}

interface Candidate {
  finding: Finding;
  fix: CellFix;
  /** Normalised A1 address. */
  cell: string;
}

/**
 * The selected cell fixes grouped by cell (refused ones become conflicts), each cell with its
 * contents best first; a formula and values equal to its expected result agree on one content.
 * Different values without a formula are a conflict from the start: settling them would only
 * tell which one the rules accept, not which one the user meant.
 */
export function planCells(
  analysis: Analysis,
  selected: Finding[],
  conflicts: PlanConflict[],
  rules: readonly Rule[],
): PlanCell[] {
  const groups = new Map<string, Candidate[]>();
  // A finding may correct several cells (repetitive warnings grouped): each is a cell of the plan.
  for (const [finding, fix] of selected.flatMap((f) => cellFixes(f.fix).map((x) => [f, x] as const))) {
    const position = parseCellAddress(fix.cell);
    const cell = position ? cellAddress(position.row, position.col) : null;
    const refused = refusal(fix, cell);
    if (refused !== null || cell === null) {
      conflicts.push({
        file: finding.file,
        sheet: fix.sheet,
        cell: fix.cell,
        message: `La correction proposée pour ${fix.cell} (feuille « ${fix.sheet} ») n'est pas appliquée : ${refused}.`,
        findings: [findingKey(finding)],
      });
      continue;
    }
    const key = JSON.stringify([finding.file, fix.sheet, cell]);
    groups.set(key, [...(groups.get(key) ?? []), { finding, fix, cell }]);
  }
  const order = candidateOrder(rules);
  return [...groups.values()].map((group) => {
    const first = group[0];
    const agreed = agreedFix(group);
    const offers = agreed ? [{ fix: agreed, ruleId: first.finding.ruleId }] : distinct(group).sort(order);
    const cell: PlanCell = {
      file: first.finding.file,
      sheet: first.fix.sheet,
      cell: first.cell,
      candidates: offers,
      chosen: 0,
      findings: group.map((c) => c.finding),
      withdrawn: null,
      tried: new Set([0]),
    };
    // Two rules giving two numbers (or texts) and no formula: nothing tells which is right.
    if (offers.every((o) => o.fix.kind === "value") && offers.length > 1) cell.withdrawn = conflictMessage(cell);
    const numFmt = columnFormat(analysis, cell);
    return numFmt ? { ...cell, numFmt } : cell;
  });
}

function distinct(group: Candidate[]): { fix: CellFix; ruleId: string }[] {
  const seen = new Map<string, { fix: CellFix; ruleId: string }>();
  for (const c of group) if (!seen.has(signature(c.fix))) seen.set(signature(c.fix), { fix: c.fix, ruleId: c.finding.ruleId });
  return [...seen.values()];
}

/**
 * The one content a group of fixes agrees on, or null. A formula fix and value fixes whose number
 * is the formula's expected result agree: the formula wins, since it keeps the workbook alive
 * (SPEC §6), e.g. a right total typed as text gets one formula rather than a number.
 */
function agreedFix(group: Candidate[]): CellFix | null {
  const signatures = new Set(group.map((c) => signature(c.fix)));
  if (signatures.size === 1) return group[0].fix;
  const formulas = group.filter((c) => c.fix.kind === "formula");
  if (new Set(formulas.map((c) => signature(c.fix))).size !== 1) return null;
  const formula = formulas[0].fix;
  if (formula.kind !== "formula" || formula.expected === undefined) return null;
  const expected = formula.expected;
  const valuesAgree = group.every(
    (c) =>
      c.fix.kind === "formula" ||
      (typeof c.fix.value === "number" && Math.round(c.fix.value * 100) === Math.round(expected * 100)),
  );
  return valuesAgree ? formula : null;
}

const hasFormat = (numFmt: string | undefined): numFmt is string => numFmt !== undefined && numFmt !== "" && numFmt !== "General";

/**
 * A write into a cell without number format borrows the format of the nearest formatted cell of
 * the same column in its table (above first, then below): keeps the table's look (SPEC §6).
 */
function columnFormat(analysis: Analysis, write: Pick<CellWrite, "file" | "sheet" | "cell">): string | undefined {
  const at = parseCellAddress(write.cell);
  const table = analysis.tables.find(
    (t) =>
      t.workbook.name === write.file &&
      t.sheet.name === write.sheet &&
      at !== null &&
      at.row >= t.range.r1 &&
      at.row <= t.range.r2,
  );
  if (!at || !table || hasFormat(table.sheet.get(at.row, at.col)?.numFmt)) return undefined;
  const first = table.headerRow + 1;
  for (let distance = 1; distance <= table.range.r2 - first; distance++) {
    for (const row of [at.row - distance, at.row + distance]) {
      if (row < first || row > table.range.r2) continue;
      const numFmt = table.sheet.get(row, at.col)?.numFmt;
      if (hasFormat(numFmt)) return numFmt;
    }
  }
  return undefined;
}
