/**
 * Which formulas VerifPacte may ever write back into a workbook (SPEC §6: « a journal found in a
 * workbook is data, never code »). Undo gives back what a cell held before a correction; a journal
 * can be forged, so the formula it gives must be one VerifPacte could have found and written:
 * references to cells of the same workbook, constants, arithmetic and comparisons, and the
 * functions the core computes itself (SUM, ROUND, IF…), none of which reads outside the workbook
 * or does anything. Never WEBSERVICE, FILTERXML, HYPERLINK, INDIRECT, DDE (`=cmd|…`), external
 * links (`[1]Feuil1!A1`), defined names or constant arrays.
 */
import { Node } from "./ast";
import { FUNCTIONS } from "./functions";
import { parseFormula } from "./parse";

/** Functions a restorable formula may call: the ones the core evaluates. */
export const RESTORABLE_FUNCTIONS: ReadonlySet<string> = new Set(Object.keys(FUNCTIONS));

/** Longest formula accepted (journal cells are text: a longer one is not ours). */
const MAX_LENGTH = 8192;

function reason(node: Node): string | null {
  switch (node.kind) {
    case "number":
    case "string":
    case "boolean":
    case "error":
    case "empty":
      return null;
    case "ref":
      return node.ref.workbook === undefined ? null : `elle renvoie vers un autre classeur (${node.ref.workbook})`;
    case "name":
      return `elle utilise le nom « ${node.name} », qui peut désigner n'importe quoi`;
    case "call": {
      const name = node.name.replace(/^_XL(FN|WS)\./, "");
      if (!RESTORABLE_FUNCTIONS.has(name)) return `elle appelle la fonction ${name}`;
      for (const arg of node.args) {
        const inner = reason(arg);
        if (inner) return inner;
      }
      return null;
    }
    case "unary":
    case "percent":
      return reason(node.operand);
    case "paren":
      return reason(node.inner);
    case "binary":
      if (node.op === ":") return "elle construit une référence par une fonction";
      return reason(node.left) ?? reason(node.right);
    case "array":
      return "elle contient un tableau de constantes";
  }
}

/**
 * Why VerifPacte must not write this formula (French, « elle appelle la fonction WEBSERVICE »),
 * or null when it may.
 */
export function unsafeFormulaReason(formula: string): string | null {
  if (formula.length > MAX_LENGTH) return "elle est trop longue";
  if (!formula.trim().startsWith("=")) return "ce n'est pas une formule";
  // DDE: « =cmd|' /C calc'!A0 », « =msexcel|…!'' » (a « | » outside text in quotes).
  if (formula.replace(/"(?:[^"]|"")*"/g, "").includes("|")) return "elle contient un lien DDE";
  const parsed = parseFormula(formula);
  if (!parsed.ok) return `elle est illisible (${parsed.reason})`;
  return reason(parsed.ast);
}
