/** Rule 7: Excel error values (#REF!, #DIV/0!, #VALEUR!…) in any cell of a table (SPEC §2, §5). */
import { cellAddress } from "../../grid/address";
import { formulaReferences } from "../../formula/parse";
import { excelErrorCode } from "../../parse/errors";
import { Table } from "../../tables/model";
import { Rule, RuleContext } from "../types";

/** What each error means, for the user. */
const MEANING: Record<string, string> = {
  "#REF!": "une cellule utilisée a été supprimée ou déplacée",
  "#DIV/0!": "division par zéro",
  "#VALEUR!": "un calcul porte sur du texte, par exemple un montant saisi comme texte",
  "#VALUE!": "un calcul porte sur du texte, par exemple un montant saisi comme texte",
  "#N/A": "valeur introuvable (recherche sans résultat)",
  "#NOM?": "nom de fonction ou de plage inconnu",
  "#NAME?": "nom de fonction ou de plage inconnu",
  "#NOMBRE!": "nombre invalide",
  "#NUM!": "nombre invalide",
  "#NUL!": "intersection de plages vide",
  "#NULL!": "intersection de plages vide",
};

/** First cell of the table that the formula uses and that holds an error itself: where to look first. */
function errorSource(ctx: RuleContext, table: Table, formula: string): string | null {
  const { r1, c1, r2, c2 } = table.range;
  for (const ref of formulaReferences(formula)) {
    if (ref.workbook !== undefined || (ref.sheet !== null && ref.sheet !== table.sheet.name)) continue;
    for (let r = Math.max(ref.r1, r1); r <= Math.min(ref.r2, r2); r++) {
      for (let c = Math.max(ref.c1, c1); c <= Math.min(ref.c2, c2); c++) {
        if (excelErrorCode(ctx.cell(table, r, c).value)) return cellAddress(r, c);
      }
    }
  }
  return null;
}

function message(ctx: RuleContext, table: Table, address: string, code: string, formula: string | undefined): string {
  const meaning = MEANING[code] ? ` (${MEANING[code]})` : "";
  const head = `${address} contient l'erreur Excel ${code}${meaning}`;
  if (!formula) return `${head}, saisie comme valeur : remplacez-la par la bonne valeur.`;
  const source = errorSource(ctx, table, formula);
  if (source) return `${head}, reçue de ${source} par la formule ${formula} : corrigez d'abord ${source}.`;
  return `${head} ; formule : ${formula}. Corrigez la formule ou les cellules qu'elle utilise.`;
}

export const erreurExcel: Rule = {
  meta: {
    id: "erreur-excel",
    number: 7,
    severity: "error",
    fixable: false,
    scope: "financier",
    title: "Erreur Excel dans une cellule",
    description: "Aucune cellule d'un tableau ne doit contenir une erreur Excel (#REF!, #DIV/0!, #VALEUR!, #N/A, #NOM?…).",
  },
  check(ctx) {
    const seen = new Set<string>();
    for (const table of ctx.tables) {
      const { r1, c1, r2, c2 } = table.range;
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          const resolved = ctx.cell(table, r, c);
          const code = excelErrorCode(resolved.value);
          const key = `${table.workbook.name}|${table.sheet.name}|${resolved.address}`;
          if (!code || seen.has(key)) continue;
          seen.add(key);
          ctx.report({ table, cell: resolved.address, message: message(ctx, table, resolved.address, code, resolved.cell?.formula) });
        }
      }
    }
  },
};
