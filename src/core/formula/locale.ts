/**
 * Formulas in the user's language. The core, the JSON and SARIF reports and every write into a
 * workbook use Excel's invariant (English) formulas: `=SUM(D6:D8,D10)`. A French Excel shows and
 * accepts `=SOMME(D6:D8;D10)` — function names in French, « ; » between arguments, « , » as the
 * decimal separator, VRAI / FAUX, #VALEUR!… A formula copied from a message in English syntax into
 * a French Excel gives #NOM?. These functions translate for display, both ways, from one table.
 *
 * Out of scope (left as they are): array constants `{1,2;3,4}` (no rule writes one: a formula
 * holding one is shown unchanged), structured references `Tableau1[Colonne]`, text inside "…".
 */

import type { Finding } from "../rules/types";

/** The language of the user's Excel for formulas: French, or English (every other language here). */
export type FormulaLanguage = "fr" | "en";

/** « fr-FR », « fr-CA », « FR » → "fr"; anything else (or nothing) → "en". */
export function formulaLanguageOf(displayLanguage: string | null | undefined): FormulaLanguage {
  return /^fr(?:[-_]|$)/i.test(displayLanguage?.trim() ?? "") ? "fr" : "en";
}

/**
 * English → French names of the functions the rules write or quote, and of the functions common in
 * the contract workbooks (totals, rounding, conditions, lookups, text, dates). A function missing
 * here keeps its English name.
 */
const FUNCTIONS_FR: Readonly<Record<string, string>> = {
  SUM: "SOMME",
  SUMIF: "SOMME.SI",
  SUMIFS: "SOMME.SI.ENS",
  SUMPRODUCT: "SOMMEPROD",
  SUBTOTAL: "SOUS.TOTAL",
  AGGREGATE: "AGREGAT",
  PRODUCT: "PRODUIT",
  AVERAGE: "MOYENNE",
  AVERAGEIF: "MOYENNE.SI",
  AVERAGEIFS: "MOYENNE.SI.ENS",
  MEDIAN: "MEDIANE",
  COUNT: "NB",
  COUNTA: "NBVAL",
  COUNTBLANK: "NB.VIDE",
  COUNTIF: "NB.SI",
  COUNTIFS: "NB.SI.ENS",
  MAXIFS: "MAX.SI.ENS",
  MINIFS: "MIN.SI.ENS",
  LARGE: "GRANDE.VALEUR",
  SMALL: "PETITE.VALEUR",
  ROUND: "ARRONDI",
  ROUNDUP: "ARRONDI.SUP",
  ROUNDDOWN: "ARRONDI.INF",
  INT: "ENT",
  TRUNC: "TRONQUE",
  CEILING: "PLAFOND",
  FLOOR: "PLANCHER",
  POWER: "PUISSANCE",
  SQRT: "RACINE",
  IF: "SI",
  IFS: "SI.CONDITIONS",
  IFERROR: "SIERREUR",
  IFNA: "SI.NON.DISP",
  SWITCH: "SI.MULTIPLE",
  AND: "ET",
  OR: "OU",
  NOT: "NON",
  TRUE: "VRAI",
  FALSE: "FAUX",
  ISBLANK: "ESTVIDE",
  ISNUMBER: "ESTNUM",
  ISTEXT: "ESTTEXTE",
  ISERROR: "ESTERREUR",
  ISERR: "ESTERR",
  ISNA: "ESTNA",
  ISLOGICAL: "ESTLOGIQUE",
  ISREF: "ESTREF",
  VLOOKUP: "RECHERCHEV",
  HLOOKUP: "RECHERCHEH",
  XLOOKUP: "RECHERCHEX",
  LOOKUP: "RECHERCHE",
  MATCH: "EQUIV",
  CHOOSE: "CHOISIR",
  OFFSET: "DECALER",
  ROW: "LIGNE",
  ROWS: "LIGNES",
  COLUMN: "COLONNE",
  COLUMNS: "COLONNES",
  VALUE: "CNUM",
  TEXT: "TEXTE",
  FIXED: "CTXT",
  LEFT: "GAUCHE",
  RIGHT: "DROITE",
  MID: "STXT",
  LEN: "NBCAR",
  TRIM: "SUPPRESPACE",
  CONCATENATE: "CONCATENER",
  TEXTJOIN: "JOINDRE.TEXTE",
  UPPER: "MAJUSCULE",
  LOWER: "MINUSCULE",
  SUBSTITUTE: "SUBSTITUE",
  FIND: "TROUVE",
  SEARCH: "CHERCHE",
  TODAY: "AUJOURDHUI",
  NOW: "MAINTENANT",
  YEAR: "ANNEE",
  MONTH: "MOIS",
  DAY: "JOUR",
  WEEKDAY: "JOURSEM",
  EOMONTH: "FIN.MOIS",
  EDATE: "MOIS.DECALER",
  NETWORKDAYS: "NB.JOURS.OUVRES",
  FILTER: "FILTRE",
  SORT: "TRIER",
};

/** Error values as a French Excel writes them (those absent are the same in both languages). */
const ERRORS_FR: Readonly<Record<string, string>> = {
  "#VALUE!": "#VALEUR!",
  "#NAME?": "#NOM?",
  "#NUM!": "#NOMBRE!",
  "#NULL!": "#NUL!",
  "#SPILL!": "#PROPAGATION!",
  "#CALC!": "#CALCUL!",
};

const invert = (table: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(table).map(([en, fr]) => [fr, en]));

/** One direction of translation: names, errors and the two separators. */
interface Direction {
  functions: Readonly<Record<string, string>>;
  errors: Readonly<Record<string, string>>;
  /** Separator characters outside names, texts, quoted sheet names and brackets. */
  chars: Readonly<Record<string, string>>;
}

const TO_FRENCH: Direction = { functions: FUNCTIONS_FR, errors: ERRORS_FR, chars: { ",": ";", ".": "," } };
const TO_ENGLISH: Direction = { functions: invert(FUNCTIONS_FR), errors: invert(ERRORS_FR), chars: { ";": ",", ",": "." } };

/** Prefixes of recent functions in files (`_xlfn.XLOOKUP`): Excel shows the name without them. */
const FUTURE_PREFIX = /^_xl(?:fn|ws)\./i;
const NAME_START = /[A-Za-z_\\$\u00C0-\u024F]/;
const NAME_PART = /[A-Za-z0-9_.\\$\u00C0-\u024F]/;
/** Error literals, longest first. */
const ERROR_LITERAL =
  /^#(?:PROPAGATION!|SPILL!|CALCUL!|CALC!|VALEUR!|VALUE!|NOMBRE!|NUM!|NOM\?|NAME\?|NUL!|NULL!|DIV\/0!|REF!|N\/A|GETTING_DATA)/i;

/** Index just after a text "…" (doubled quotes inside) or a quoted sheet name '…' starting at `start`. */
function quotedEnd(formula: string, start: number): number {
  const quote = formula[start];
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === quote) {
      if (formula[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return formula.length;
}

/** Index just after a bracketed part (structured reference, external workbook), nested brackets included. */
function bracketEnd(formula: string, start: number): number {
  let depth = 0;
  for (let i = start; i < formula.length; i++) {
    if (formula[i] === "[") depth++;
    else if (formula[i] === "]" && --depth === 0) return i + 1;
  }
  return formula.length;
}

function nextVisible(formula: string, from: number): string {
  let i = from;
  while (formula[i] === " ") i++;
  return formula[i] ?? "";
}

/** A name, a function name or a cell reference: translated only as a function or a boolean. */
function translateName(name: string, next: string, direction: Direction): string {
  if (next === "(") {
    const bare = name.replace(FUTURE_PREFIX, "");
    const translated = direction.functions[bare.toUpperCase()];
    return translated ?? name;
  }
  const upper = name.toUpperCase();
  const isBoolean = upper === "TRUE" || upper === "FALSE" || upper === "VRAI" || upper === "FAUX";
  // A sheet named like a boolean (« VRAI!A1 ») or a range (« FAUX:… ») is a name, not a value.
  if (isBoolean && next !== "!" && next !== ":") return direction.functions[upper] ?? name;
  return name;
}

function convert(formula: string, direction: Direction): string {
  if (!formula.startsWith("=") || formula.includes("{")) return formula;
  let out = "=";
  let i = 1;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      const end = quotedEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (c === "[") {
      const end = bracketEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
    } else if (c === "#") {
      const literal = ERROR_LITERAL.exec(formula.slice(i))?.[0] ?? "#";
      out += direction.errors[literal.toUpperCase()] ?? literal;
      i += literal.length;
    } else if (NAME_START.test(c)) {
      let end = i + 1;
      while (end < formula.length && NAME_PART.test(formula[end])) end++;
      out += translateName(formula.slice(i, end), nextVisible(formula, end), direction);
      i = end;
    } else {
      out += direction.chars[c] ?? c;
      i++;
    }
  }
  return out;
}

/** An invariant (English) formula as the user's Excel writes it: « =SOMME(D6:D8;D10) » in French. */
export function localizeFormula(formula: string, language: FormulaLanguage): string {
  return language === "fr" ? convert(formula, TO_FRENCH) : formula;
}

/** A formula typed in the user's language, in the invariant (English) form Excel's API writes. */
export function invariantFormula(formula: string, language: FormulaLanguage): string {
  return language === "fr" ? convert(formula, TO_ENGLISH) : formula;
}

/** Characters that end a sentence after a formula quoted in a message (« Formule à mettre : =D8+E8. »). */
const TRAILING = /[.,;:!?»]$/;

/** End of the formula starting at `start` in a text: the first space outside quotes and brackets. */
function formulaRunEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && !/\s/.test(text[i])) {
    if (text[i] === '"' || text[i] === "'") i = quotedEnd(text, i);
    else if (text[i] === "[") i = bracketEnd(text, i);
    else i++;
  }
  return i;
}

function balanced(formula: string): boolean {
  let depth = 0;
  let i = 0;
  while (i < formula.length) {
    const c = formula[i];
    if (c === '"' || c === "'") {
      i = quotedEnd(formula, i);
      continue;
    }
    if (c === "(") depth++;
    else if (c === ")" && --depth < 0) return false;
    i++;
  }
  return depth === 0;
}

/** The formula quoted at `start` (the « = »), without the sentence's punctuation after it. */
function quotedFormula(text: string, start: number): string {
  let formula = text.slice(start, formulaRunEnd(text, start));
  while (formula.length > 1 && (TRAILING.test(formula) || (formula.endsWith(")") && !balanced(formula)))) {
    formula = formula.slice(0, -1);
  }
  return formula;
}

/**
 * A message of the core with the formulas it quotes in the user's language: « Formule à mettre :
 * =SUM(G9,G14,G16). » → « Formule à mettre : =SOMME(G9;G14;G16). ». A formula is a « = » at the start
 * of a word followed by no space (an equation in words, « K = G+J », is left alone); the rest of
 * the text — amounts, quoted cell contents — is not touched.
 */
export function localizeText(text: string, language: FormulaLanguage): string {
  if (language === "en" || !text.includes("=")) return text;
  let out = "";
  let i = 0;
  while (i < text.length) {
    const starts = text[i] === "=" && (i === 0 || /[\s(«]/.test(text[i - 1])) && /[^\s=]/.test(text[i + 1] ?? " ");
    if (!starts) {
      out += text[i++];
      continue;
    }
    const formula = quotedFormula(text, i);
    out += localizeFormula(formula, language);
    i += formula.length;
  }
  return out;
}

/**
 * A finding as its commentaire is written into a workbook of that language: the formulas quoted in
 * its message (and in a comment fix) localized. Its key, cells and formula fix are unchanged.
 */
export function localizedFinding(finding: Finding, language: FormulaLanguage): Finding {
  if (language === "en") return finding;
  const fix = finding.fix?.kind === "comment" ? { ...finding.fix, text: localizeText(finding.fix.text, language) } : finding.fix;
  return { ...finding, message: localizeText(finding.message, language), fix };
}
