/**
 * Rule 14: no carry-forward past the dispositif's last year (SPEC §1: CALPAE ends with 2023, the
 * Pacte with 2027). Both sides are checked: « à reporter en N+1 » and « reportés sur N ».
 */
import { DISPOSITIFS, dispositifInfo, dispositifOfYear } from "../../referentiel/dispositifs";
import { ColumnKey, Dispositif } from "../../referentiel/types";
import { column, FinancialTable } from "../../tables/model";
import { Rule, RuleContext } from "../types";
import { columnName } from "../util/columns";
import { euros } from "../util/money";
import { actionRows } from "../util/rows";
import { rowTerms } from "./terms";
import { carriedOntoYear, carryIntoYear } from "./years";

/** How the end of each dispositif is named, and its contract clause (CALPAE convention; CLS art. 5, seed l.195). */
const WORDING: Record<Dispositif, { end: string; clause: string }> = {
  calpae: {
    end: "la fin de la CALPAE",
    clause:
      "La convention prévoit : « Le Département veille à ce qu'il n'y ait aucun report des crédits au-delà de la durée " +
      "d'exécution de la présente convention ».",
  },
  pacte: {
    end: "la fin du Pacte des solidarités",
    clause:
      "Le contrat prévoit (article 5) : « Le Département veille à ce qu'il n'y ait aucun report des crédits au-delà de la " +
      "durée d'exécution du présent contrat ».",
  },
};

/** The columns that carry credits, and the year they carry them into. */
const CARRY_COLUMNS: readonly { key: ColumnKey; year(table: FinancialTable): number | null; verb: string }[] = [
  { key: "reportEtat", year: (t) => carryIntoYear(t, "reportEtat"), verb: "à reporter en" },
  { key: "reportCd", year: (t) => carryIntoYear(t, "reportCd"), verb: "à reporter en" },
  { key: "etatReporte", year: carriedOntoYear, verb: "reportés sur" },
  { key: "cdReporte", year: carriedOntoYear, verb: "reportés sur" },
];

const ADVICE =
  "Pas de correction automatique : ce montant ne peut pas être reporté ; le solde non consommé est à traiter avec les services de l'État.";

/** The table's dispositif: detected, else the user's setting, else the one of its year. */
function dispositifOf(ctx: RuleContext, table: FinancialTable): Dispositif | null {
  return table.dispositif ?? ctx.settings.dispositif ?? (table.year === null ? null : dispositifOfYear(table.year));
}

function checkTable(ctx: RuleContext, table: FinancialTable): void {
  const dispositif = dispositifOf(ctx, table);
  // Unknown dispositif: no dispositif goes past the latest last year (the Pacte's).
  const wording = WORDING[dispositif ?? "pacte"];
  const lastYear = dispositif === null ? Math.max(...DISPOSITIFS.map((d) => d.lastYear)) : dispositifInfo(dispositif).lastYear;
  for (const carry of CARRY_COLUMNS) {
    const col = column(table, carry.key);
    const into = carry.year(table);
    if (!col || into === null || into <= lastYear) continue;
    for (const row of actionRows(table)) {
      const [term] = rowTerms(ctx, table, row.row, [carry.key]) ?? [];
      if (!term || term.amount.cents === 0) continue;
      const cell = term.amount.address;
      ctx.report({
        table,
        cell,
        message:
          `${cell} : ${columnName(col)} = ${euros(term.amount.cents)} ${carry.verb} ${into}, après ${wording.end} ` +
          `(dernière année ${lastYear}). ${wording.clause} ${ADVICE}`,
      });
    }
  }
}

export const reportApresFin: Rule = {
  meta: {
    id: "report-apres-fin",
    number: 14,
    severity: "error",
    fixable: false,
    scope: "financier",
    title: "Report au-delà de la fin du dispositif",
    description:
      "Aucun crédit ne peut être reporté sur une année postérieure à la dernière année du dispositif " +
      "(2023 pour la CALPAE, 2027 pour le Pacte des solidarités).",
  },
  check(ctx) {
    for (const table of ctx.financialTables()) checkTable(ctx, table);
  },
};
