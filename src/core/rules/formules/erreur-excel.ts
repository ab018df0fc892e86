/** Rule 7: Excel error values (#REF!, #DIV/0!, #VALEUR!…) in any cell of a table (SPEC §2, §5). */
import { formulaReferences } from "../../formula/parse";
import { excelErrorCode, frenchErrorCode } from "../../parse/errors";
import { joinFr, quoteText } from "../../parse/format";
import { parseCellAddress } from "../../grid/address";
import { Table } from "../../tables/model";
import { mayHoldError } from "../util/cells";
import { colAt, numericColumns } from "../util/columns";
import { cellList } from "../util/repeated";
import { rowAt } from "../util/rows";
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

/** An error cell of a table, with the first cell holding an error that its formula uses (null: none). */
interface ErrorCell {
  address: string;
  code: string;
  formula: string | undefined;
  source: string | null;
}

/**
 * The texts a #VALEUR! computes on are all amounts of the financial table (rule 8 reports each at
 * its cell): the error is their consequence, an information.
 */
function onlyTextAmounts(table: Table, cells: readonly ResolvedCell[]): boolean {
  if (table.kind !== "financial") return false;
  const texts = cells.filter((c) => typeof c.value === "string" && c.value.trim() !== "" && !c.cell?.formula);
  return (
    texts.length > 0 &&
    texts.every((t) => {
      const at = parseCellAddress(t.address);
      if (!at) return false;
      const { row, col } = at;
      const kind = rowAt(table, row);
      return (
        kind !== undefined &&
        (kind.kind === "action" || kind.level > 0) &&
        numericColumns(table).some((c) => colAt(table, row, c) === col)
      );
    })
  );
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
  if (texts)
    return `${address} contient l'erreur Excel ${code} : la formule ${formula} calcule sur du texte, ${texts}. Saisissez ces montants en nombres.`;
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
      const errors = new Map<string, ErrorCell>();
      const { r1, c1, r2, c2 } = table.range;
      for (let r = r1; r <= r2; r++) {
        for (let c = c1; c <= c2; c++) {
          if (!mayHoldError(table.sheet.get(r, c))) continue;
          const code = ctx.errorCode(table, r, c);
          if (!code) continue;
          const resolved = ctx.cell(table, r, c);
          const key = `${table.workbook.name}|${table.sheet.name}|${resolved.address}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const formula = resolved.cell?.formula;
          errors.set(resolved.address, {
            address: resolved.address,
            code,
            formula,
            source: formula ? errorSource(usedCells(ctx, table, formula)) : null,
          });
        }
      }
      reportErrors(ctx, table, errors);
    }
  },
};

/** The cell an error comes from, following « reçue de » inside the table (the cell itself when it is the origin). */
function originOf(errors: ReadonlyMap<string, ErrorCell>, cell: ErrorCell): ErrorCell {
  let current = cell;
  const visited = new Set<string>();
  while (current.source && errors.has(current.source) && !visited.has(current.source)) {
    visited.add(current.address);
    current = errors.get(current.source) as ErrorCell;
  }
  return current;
}

/**
 * One finding per origin of an error: the cells that only receive it through their formulas
 * (sous-totaux, TOTAUX…) are named in it and in its related cells, not reported again.
 */
function reportErrors(ctx: RuleContext, table: Table, errors: ReadonlyMap<string, ErrorCell>): void {
  const received = new Map<string, string[]>();
  for (const e of errors.values()) {
    const origin = originOf(errors, e);
    if (origin !== e) received.set(origin.address, [...(received.get(origin.address) ?? []), e.address]);
  }
  for (const e of errors.values()) {
    const others = received.get(e.address);
    if (e.source && errors.has(e.source) && originOf(errors, e) !== e) continue;
    const spread = others
      ? ` L'erreur se propage à ${cellList(others.map((address) => ({ address })))}, qui l'utilise${others.length > 1 ? "nt" : ""} : ${others.length > 1 ? "elles se corrigeront" : "elle se corrigera"} avec ${e.address}.`
      : "";
    const consequence =
      e.formula !== undefined &&
      frenchErrorCode(e.code) === "#VALEUR!" &&
      onlyTextAmounts(table, usedCells(ctx, table, e.formula));
    ctx.report({
      table,
      cell: e.address,
      severity: consequence ? "info" : undefined,
      message: message(ctx, table, e.address, e.code, e.formula) + spread,
      related: (others ?? []).map((cell) => ({ sheet: table.sheet.name, cell })),
    });
  }
}
