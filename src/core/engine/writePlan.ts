/**
 * The write plan (SPEC §6): the fixes of the findings the user selected, merged per cell
 * (engine/planCells.ts), settled on the workbooks they leave (engine/settle.ts: conflicts resolved
 * or withdrawn, expected results computed), and the comments placed in the table's comment column
 * or as cell notes.
 */
import { cellAddress, parseCellAddress } from "../grid/address";
import { allRules } from "../rules";
import { Finding } from "../rules/types";
import { withDefaults } from "../settings";
import { Table } from "../tables/model";
import { Analysis, tableOf } from "./analyze";
import { createAnalysisCache } from "./cache";
import { findingKey } from "./context";
import { Corrected } from "./corrected";
import { CommentWrite, PlanConflict, WritePlan } from "./plan";
import { knownFixes, planCells } from "./planCells";
import { Settled, settle } from "./settle";
import { settlementOf } from "./settlement";
import { controlPrefix } from "./text";

export interface WritePlanOptions {
  /** Date written in the « [Contrôle JJ/MM/AAAA] » prefix of comments. */
  today: Date;
  /** Findings the user asks to comment (their message is written as a comment). */
  commentOnly?: Finding[];
}

/** A write plan checked on the workbooks it leaves (engine/settle.ts). */
export interface CheckedPlan extends WritePlan {
  /** The workbooks once the plan's cells are written, formulas computed (what Excel will show). */
  corrected: Corrected;
}

export function buildWritePlan(analysis: Analysis, selected: Finding[], options: WritePlanOptions): CheckedPlan {
  const conflicts: PlanConflict[] = [];
  const settled = settledCells(analysis, selected, conflicts);
  const comments = placeComments(analysis, selected, options);
  return { cells: settled.writes, comments, conflicts: [...conflicts, ...settled.withdrawn], corrected: settled.corrected };
}

/** The selected cell fixes, settled; the analysis's own settlement when they are all its fixes. */
function settledCells(analysis: Analysis, selected: Finding[], conflicts: PlanConflict[]): Settled {
  const settlement = settlementOf(analysis);
  const keys = cellFixKeys(selected);
  if (settlement && sameKeys(keys, settlement.keys)) {
    conflicts.push(...settlement.refused);
    return settlement.settled;
  }
  const rules = settlement?.rules ?? allRules;
  const cells = planCells(analysis, selected, conflicts, rules);
  return settle(
    {
      workbooks: analysis.workbooks,
      tables: analysis.tables,
      settings: settlement?.settings ?? withDefaults(undefined),
      rules,
      cache: settlement?.cache ?? createAnalysisCache(),
      induced: false,
      known: knownFixes(analysis.findings),
    },
    cells,
  );
}

function cellFixKeys(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.fix && f.fix.kind !== "comment").map(findingKey));
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

function uniqueKeys(findings: Finding[]): string[] {
  return [...new Set(findings.map(findingKey))];
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
