/**
 * The write plan (SPEC §6): the fixes of the findings the user selected, merged per cell, with
 * conflicts detected, and the comments placed in the table's comment column or as cell notes.
 *
 * Formula-injection guard: a value fix whose text starts with =, +, - or @ would become a formula
 * when written through office-js. Such a fix is refused (a PlanConflict explains why), never
 * transformed: the user's text is not ours to rewrite. Likewise a formula fix without its leading
 * "=", a number that is not finite, or an address that is not a cell is refused.
 */
import { cellAddress, parseCellAddress } from "../grid/address";
import { formatNumberFr } from "../parse/format";
import { CellFix, Finding } from "../rules/types";
import { cellFixes } from "../rules/util/fixes";
import { Table } from "../tables/model";
import { Analysis, tableOf } from "./analyze";
import { findingKey } from "./context";
import { CellWrite, CommentWrite, PlanConflict, WritePlan } from "./plan";
import { controlPrefix, startsLikeFormula } from "./text";

export interface WritePlanOptions {
  /** Date written in the « [Contrôle JJ/MM/AAAA] » prefix of comments. */
  today: Date;
  /** Findings the user asks to comment (their message is written as a comment). */
  commentOnly?: Finding[];
}

interface Candidate {
  finding: Finding;
  fix: CellFix;
  /** Normalised A1 address. */
  cell: string;
}

export function buildWritePlan(analysis: Analysis, selected: Finding[], options: WritePlanOptions): WritePlan {
  const conflicts: PlanConflict[] = [];
  const cells = mergeCellFixes(selected, conflicts).map((write) => withColumnFormat(analysis, write));
  const comments = placeComments(analysis, selected, options);
  return { cells, comments, conflicts };
}

function uniqueKeys(findings: Finding[]): string[] {
  return [...new Set(findings.map(findingKey))];
}

function showContent(fix: CellFix): string {
  if (fix.kind === "formula") return fix.formula;
  return typeof fix.value === "number" ? formatNumberFr(fix.value) : `« ${fix.value} »`;
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

function signature(fix: CellFix): string {
  if (fix.kind === "formula") return `f:${fix.formula.replace(/\s+/g, "").toUpperCase()}`;
  return typeof fix.value === "number" ? `n:${fix.value}` : `s:${fix.value}`;
}

function mergeCellFixes(selected: Finding[], conflicts: PlanConflict[]): CellWrite[] {
  const groups = new Map<string, Candidate[]>();
  // A finding may correct several cells (repetitive warnings grouped): each is written like a fix of its own.
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
  const writes: CellWrite[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    const findings = uniqueKeys(group.map((c) => c.finding));
    const base = { file: first.finding.file, sheet: first.fix.sheet, cell: first.cell, findings };
    const chosen = agreedFix(group);
    if (chosen) writes.push({ ...base, ...content(chosen) });
    else conflicts.push({ ...base, message: conflictMessage(group) });
  }
  return writes;
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
    (c) => c.fix.kind === "formula" || (typeof c.fix.value === "number" && Math.round(c.fix.value * 100) === Math.round(expected * 100)),
  );
  return valuesAgree ? formula : null;
}

function conflictMessage(group: Candidate[]): string {
  const proposals = group.map((c) => `${showContent(c.fix)} (règle ${c.finding.ruleId})`);
  const { fix, cell } = group[0];
  return (
    `Corrections incompatibles pour ${cell} (feuille « ${fix.sheet} ») : ${[...new Set(proposals)].join(", ")} ; ` +
    "aucune n'est appliquée, corrigez cette cellule à la main."
  );
}

function content(fix: CellFix): Pick<CellWrite, "kind" | "value" | "formula" | "expected"> {
  if (fix.kind === "value") return { kind: "value", value: fix.value };
  const formula = fix.formula.trim();
  return fix.expected === undefined ? { kind: "formula", formula } : { kind: "formula", formula, expected: fix.expected };
}

const hasFormat = (numFmt: string | undefined): numFmt is string => numFmt !== undefined && numFmt !== "" && numFmt !== "General";

/**
 * A write into a cell without number format borrows the format of the nearest formatted cell of
 * the same column in its table (above first, then below): keeps the table's look (SPEC §6).
 */
function withColumnFormat(analysis: Analysis, write: CellWrite): CellWrite {
  const at = parseCellAddress(write.cell);
  const table = analysis.tables.find(
    (t) => t.workbook.name === write.file && t.sheet.name === write.sheet && at !== null && at.row >= t.range.r1 && at.row <= t.range.r2,
  );
  if (!at || !table || hasFormat(table.sheet.get(at.row, at.col)?.numFmt)) return write;
  const first = table.headerRow + 1;
  for (let distance = 1; distance <= table.range.r2 - first; distance++) {
    for (const row of [at.row - distance, at.row + distance]) {
      if (row < first || row > table.range.r2) continue;
      const numFmt = table.sheet.get(row, at.col)?.numFmt;
      if (hasFormat(numFmt)) return { ...write, numFmt };
    }
  }
  return write;
}

type CommentPlace = Omit<CommentWrite, "text" | "findings">;

interface CommentRequest {
  finding: Finding;
  sheet: string;
  cell: string;
  text: string;
}

function placeComments(analysis: Analysis, selected: Finding[], options: WritePlanOptions): CommentWrite[] {
  const requests: CommentRequest[] = [];
  const commented = new Set<string>();
  for (const finding of selected) {
    if (finding.fix?.kind !== "comment") continue;
    requests.push({ finding, sheet: finding.fix.sheet, cell: finding.fix.cell, text: finding.fix.text });
    commented.add(findingKey(finding));
  }
  for (const finding of options.commentOnly ?? []) {
    if (commented.has(findingKey(finding))) continue;
    requests.push({ finding, sheet: finding.sheet, cell: finding.cell, text: finding.message });
    commented.add(findingKey(finding));
  }
  const groups = new Map<string, { write: CommentPlace; parts: string[]; found: Finding[] }>();
  for (const request of requests) {
    const write = commentTarget(analysis, request);
    const key = JSON.stringify([write.file, write.sheet, write.cell, write.mode]);
    const group = groups.get(key) ?? { write, parts: [], found: [] };
    const part = aboutCell(write.cell, request.finding.cell, request.text);
    if (!group.parts.includes(part)) group.parts.push(part);
    group.found.push(request.finding);
    groups.set(key, group);
  }
  const prefix = controlPrefix(options.today);
  return [...groups.values()].map(({ write, parts, found }) => ({
    ...write,
    text: `${prefix} ${parts.join("\n")}`,
    findings: uniqueKeys(found),
  }));
}

/**
 * A comment line: in a comment column it names the cell it is about (« D2 : … »), unless the text
 * already starts with that cell, as rule messages do (« L10 : montant illisible… »).
 */
function aboutCell(target: string, about: string, text: string): string {
  if (target === about || text.startsWith(`${about} :`)) return text;
  return `${about} : ${text}`;
}

/** 0-based column where comments of this table go, if it has one. */
function commentColumn(table: Table): number | undefined {
  if (table.kind === "financial") return table.columns.find((c) => c.key === "commentaire")?.col;
  if (table.kind === "budget") return undefined;
  const byRole = (role: "justification" | "commentaire") => table.columns.find((c) => c.role === role)?.col;
  return byRole("justification") ?? byRole("commentaire");
}

/** The comment column of the same row when the table has one, else a note on the cell itself. */
function commentTarget(analysis: Analysis, request: CommentRequest): CommentPlace {
  const { finding, sheet, cell } = request;
  const base = { file: finding.file, sheet, aboutCell: finding.cell };
  const table = tableOf(analysis.tables, finding);
  const position = parseCellAddress(cell);
  const col = table && table.sheet.name === sheet ? commentColumn(table) : undefined;
  if (table && position && col !== undefined && position.row > table.headerRow && position.row <= table.range.r2) {
    return { ...base, cell: cellAddress(position.row, col), mode: "column" };
  }
  return { ...base, cell, mode: "note" };
}
