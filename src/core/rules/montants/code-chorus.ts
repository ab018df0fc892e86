/**
 * Rule 17: the Chorus code of each thème / axe (SPEC §1.1, §1.2, §5): malformed (erreur, corrected
 * when unambiguous, see chorus-form.ts), inconsistent with the table's dispositif or with the
 * pilier of the Pacte axe (erreur), unknown to the catalogue (avertissement), missing for a group
 * of action rows (erreur; for the Pacte the axe gives the code), shared by two thèmes
 * (avertissement, except « Initiatives locales » and a code whose amounts add up). One finding per Chorus cell, on the top-left
 * cell of its merged area.
 */
import { cellAddress } from "../../grid/address";
import { formatChorusCode, withChorusCode } from "../../parse/chorus";
import { chorusActivity, chorusOwner, codesOf, CONTRACT_NAMES } from "../../referentiel/chorus";
import { pacteAxeOf } from "../../referentiel/dispositifs";
import { Dispositif } from "../../referentiel/types";
import { column, FinancialTable, RowGroup, TableColumn } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { ChorusGroup, chorusGroups, colAt, readableCode, rowAt, rowList, tableDispositif, valueFix } from "../util";
import { codeProblems, correction, problemsText } from "./chorus-form";
import { axePilier, codeAmountsAgree, codeImputations } from "./imputation";

interface TableInfo {
  table: FinancialTable;
  dispositif: Dispositif | null;
  /** What a group of rows is called: an axe (Pacte) or a thème (CALPAE, unknown). */
  unit: "axe" | "thème";
}

/** « de la CALPAE », « du Pacte des solidarités ». */
function ofContract(contract: string): string {
  return contract.startsWith("le ") ? `du ${contract.slice(3)}` : `de ${contract}`;
}

/** « de la CALPAE », « du Pacte des solidarités », « du référentiel » when the dispositif is unknown. */
function ofTableContract(info: TableInfo): string {
  return info.dispositif === null ? "du référentiel" : ofContract(CONTRACT_NAMES[info.dispositif]);
}

/** The piliers of the Pacte axes of the group's rows. */
function piliersOf(group: ChorusGroup): number[] {
  return [...new Set(group.rows.map((r) => axePilier(r.axe)).filter((p): p is number => p !== null))];
}

function allowedCodes(info: TableInfo, group: ChorusGroup): string[] {
  const piliers = piliersOf(group);
  return codesOf(info.dispositif)
    .filter((a) => piliers.length !== 1 || a.pilier === null || a.pilier === piliers[0])
    .map((a) => a.code);
}

function reportMalformed(ctx: RuleContext, info: TableInfo, group: ChorusGroup): void {
  const problems = codeProblems(group.parsed);
  const fixed = correction(group.parsed, problems, allowedCodes(info, group));
  const head = `${group.address} : code Chorus « ${group.parsed.written} » mal formé : ${problemsText(problems)}.`;
  if (fixed.kind === "none") {
    ctx.report({ table: info.table, cell: group.address, message: `${head} Vérifiez le code : ${fixed.why}.` });
    return;
  }
  const text = withChorusCode(group.text, group.parsed, fixed.code, chorusActivity(fixed.code)?.label ?? null);
  const why = fixed.fromCatalogue ? ` (seul code connu ${ofTableContract(info)} qui y correspond)` : "";
  ctx.report({
    table: info.table,
    cell: group.address,
    message: `${head} Correction : « ${text} »${why}.`,
    fix: valueFix(info.table, group.row, group.col, text),
  });
}

/** Dispositif or pilier that contradicts the table or the axe; the message, or null. */
function inconsistency(info: TableInfo, group: ChorusGroup, code: string): string | null {
  const owner = chorusOwner(code);
  const shown = formatChorusCode(code);
  if (owner && info.dispositif !== null && owner.dispositif !== info.dispositif) {
    return `le code Chorus ${shown} relève ${ofContract(owner.contract)}, alors que ce tableau relève ${ofTableContract(info)} : vérifiez l'imputation.`;
  }
  const pilier = chorusActivity(code)?.pilier ?? null;
  const row = group.rows.find((r) => axePilier(r.axe) !== null && axePilier(r.axe) !== pilier);
  const axe = row?.axe ? pacteAxeOf(row.axe) : undefined;
  if (pilier === null || !axe) return null;
  const expected = axe.chorus ? `code attendu ${formatChorusCode(axe.chorus)}` : "axe hors du contrat local des solidarités";
  return `le code Chorus ${shown} (pilier ${pilier}) ne correspond pas à l'axe « ${row?.axe} » (pilier ${axe.pilier}) : ${expected}.`;
}

/** Reports the cell's code when malformed, inconsistent or unknown; true when it did. */
function checkCell(ctx: RuleContext, info: TableInfo, group: ChorusGroup): boolean {
  if (group.parsed.digits === null) return false;
  if (codeProblems(group.parsed).length > 0) {
    reportMalformed(ctx, info, group);
    return true;
  }
  const code = readableCode(group.parsed) as string;
  const wrong = inconsistency(info, group, code);
  const unknown = chorusActivity(code) === undefined;
  if (!wrong && !unknown) return false;
  const message =
    wrong ??
    `code Chorus ${formatChorusCode(code)} absent du référentiel des codes connus : vérifiez-le auprès des services de l'État.`;
  ctx.report({
    table: info.table,
    cell: group.address,
    severity: wrong ? "error" : "warning",
    message: `${group.address} : ${message}`,
  });
  return true;
}

/**
 * One code for two thèmes (except codes meant to be shared): avertissement on the later cell,
 * unless the code's amounts add up (its Chorus cell writes the amount of all its rows: SPEC §2,
 * one code may head two groups).
 */
function checkShared(ctx: RuleContext, info: TableInfo, reported: Set<string>): void {
  for (const imputation of codeImputations(ctx, info.table)) {
    const code = imputation.code;
    if (code === null || chorusActivity(code)?.shared) continue;
    if (codeAmountsAgree(ctx, info.table, imputation)) continue;
    let first: { axe: string; address: string } | null = null;
    for (const group of imputation.cells) {
      for (const row of group.rows) {
        if (row.axe === null) continue;
        first ??= { axe: row.axe, address: group.address };
        if (first.axe === row.axe || reported.has(group.address)) continue;
        reported.add(group.address);
        const where = first.address === group.address ? "" : ` (${first.address})`;
        ctx.report({
          table: info.table,
          cell: group.address,
          severity: "warning",
          message:
            `${group.address} : le code Chorus ${formatChorusCode(code)} sert aussi ${info.unit === "axe" ? "à l'axe" : "au thème"} « ${first.axe} »${where} : ` +
            `chaque ${info.unit} a normalement son propre code.`,
        });
      }
    }
  }
}

/** The Chorus cell of a group: the one its rows refer to, else the column's cell on its first row. */
function groupChorusCell(table: FinancialTable, group: RowGroup, chorus: TableColumn): { row: number; col: number } {
  const ref = group.rows.map((r) => rowAt(table, r)?.chorus).find((c) => c);
  if (ref) return ref;
  const first = group.axeRow ?? group.rows[0];
  const chorusCol = colAt(table, first, chorus);
  const merge = table.sheet.mergeAt(first, chorusCol);
  return merge ? { row: merge.r1, col: merge.c1 } : { row: first, col: chorusCol };
}

/** A group of action rows whose Chorus cell holds no code: erreur; for the Pacte the axe gives the code. */
function checkMissing(ctx: RuleContext, info: TableInfo, groups: readonly ChorusGroup[], chorus: TableColumn): void {
  const coded = new Set<number>();
  for (const g of groups) if (g.parsed.digits !== null) for (const r of g.rows) coded.add(r.row);
  for (const group of info.table.groups) {
    const actions = group.rows.filter((r) => rowAt(info.table, r)?.kind === "action");
    if (actions.length === 0 || actions.some((r) => coded.has(r))) continue;
    const at = groupChorusCell(info.table, group, chorus);
    const address = cellAddress(at.row, at.col);
    const name =
      group.axe === null
        ? rowList(actions)
        : `${info.unit === "axe" ? "l'axe" : "le thème"} « ${group.axe} » (${rowList(actions)})`;
    const head = `${address} : pas de code Chorus pour ${name} : indiquez l'imputation (code à 12 chiffres et description).`;
    const code = info.dispositif === "pacte" && group.axe !== null ? pacteAxeOf(group.axe)?.chorus : null;
    const activity = code ? chorusActivity(code) : undefined;
    if (!activity) {
      ctx.report({ table: info.table, cell: address, message: head });
      continue;
    }
    const text = `${formatChorusCode(activity.code)} - ${activity.label}`;
    ctx.report({
      table: info.table,
      cell: address,
      message: `${head} Correction : « ${text} » (code du pilier ${activity.pilier}).`,
      fix: valueFix(info.table, at.row, at.col, text),
    });
  }
}

export const codeChorus: Rule = {
  meta: {
    id: "code-chorus",
    number: 17,
    severity: "error",
    fixable: true,
    scope: "financier",
    title: "Code Chorus mal formé, inconnu, manquant ou incohérent",
    description:
      "Chaque thème ou axe porte un code Chorus de 12 chiffres (« 0304 50 19 19 03 »), connu, propre au thème et cohérent avec le dispositif et le pilier de ses actions.",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) {
      const chorus = column(table, "chorus");
      if (!chorus) continue;
      const dispositif = tableDispositif(ctx, table);
      const info: TableInfo = { table, dispositif, unit: dispositif === "pacte" ? "axe" : "thème" };
      const groups = chorusGroups(ctx, table);
      const reported = new Set(groups.filter((g) => checkCell(ctx, info, g)).map((g) => g.address));
      checkShared(ctx, info, reported);
      checkMissing(ctx, info, groups, chorus);
    }
  },
};
