/** Rule 7: Excel error values (#REF!, #DIV/0!, #VALEUR!…) in any cell of a table (SPEC §2, §5). */
import { formulaReferences } from "../../formula/parse";
import { excelErrorCode, frenchErrorCode } from "../../parse/errors";
import { joinFr, quoteText } from "../../parse/format";
import { Table } from "../../tables/model";
import { ResolvedCell, Rule, RuleContext } from "../types";

/** What each error means, for the user. */
const MEANING: Record<string, string> = {
  "#REF!": "une cellule utilisée a été supprimée ou déplacée",
  "#DIV/0!": "division par zéro",
  "#VALEUR!": "un calcul porte sur du texte, par exemple un montant saisi comme texte",
  "#N/A": "valeur introuvable (recherche sans résultat)",
  "#NOM?": "nom de fonction ou de plage inconnu",
  "#NOMBRE!": "nombre invalide",
  "#NUL!": "intersection de plages vide",
};

/** The cells of the table that the formula uses, in its order. */
function usedCells(ctx: RuleContext, table: Table, formula: string): ResolvedCell[] {
  const { r1, c1, r2, c2 } = table.range;
  const cells: ResolvedCell[] = [];
  for (const ref of formulaReferences(formula)) {
    if (ref.workbook !== undefined || (ref.sheet !== null && ref.sheet !== table.sheet.name)) continue;
    for (let r = Math.max(ref.r1, r1); r <= Math.min(ref.r2, r2); r++) {
      for (let c = Math.max(ref.c1, c1); c <= Math.min(ref.c2, c2); c++) cells.push(ctx.cell(table, r, c));
    }
  }
  return cells;
}

/** First cell the formula uses that holds an error itself: where to look first. */
function errorSource(cells: readonly ResolvedCell[]): string | null {
  return cells.find((c) => excelErrorCode(c.value))?.address ?? null;
}

/** « D4 (« 67 500,00 € ») et E4 (« 0,00 € ») »: the texts a #VALEUR! computes on, when there are some. */
function textOperands(cells: readonly ResolvedCell[]): string | null {
  const texts = cells.filter((c) => typeof c.value === "string" && c.value.trim() !== "" && !c.cell?.formula);
  return texts.length === 0 ? null : joinFr(texts.map((c) => `${c.address} (${quoteText(String(c.value))})`));
}

function message(ctx: RuleContext, table: Table, address: string, stored: string, formula: string | undefined): string {
  // Files store English codes; users read their French Excel's.
  const code = frenchErrorCode(stored);
  const meaning = MEANING[code] ? ` (${MEANING[code]})` : "";
  const head = `${address} contient l'erreur Excel ${code}${meaning}`;
  if (!formula) return `${head}, saisie comme valeur : remplacez-la par la bonne valeur.`;
  const cells = usedCells(ctx, table, formula);
  const source = errorSource(cells);
  if (source) return `${head}, reçue de ${source} par la formule ${formula} : corrigez d'abord ${source}.`;
  const texts = code === "#VALEUR!" ? textOperands(cells) : null;
  if (texts) return `${address} contient l'erreur Excel ${code} : la formule ${formula} calcule sur du texte, ${texts}. Saisissez ces montants en nombres.`;
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
          const code = ctx.errorCode(table, r, c);
          if (!code) continue;
          const resolved = ctx.cell(table, r, c);
          const key = `${table.workbook.name}|${table.sheet.name}|${resolved.address}`;
          if (seen.has(key)) continue;
          seen.add(key);
          ctx.report({ table, cell: resolved.address, message: message(ctx, table, resolved.address, code, resolved.cell?.formula) });
        }
      }
    }
  },
};
