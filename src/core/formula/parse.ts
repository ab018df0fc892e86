/**
 * Excel formula parser: tokens from `excel-formula-tokenizer`, then a precedence-climbing (Pratt)
 * parser into the AST of ./ast. Never throws: a malformed formula gives { ok: false, reason }.
 */
import { Token, tokenize } from "excel-formula-tokenizer";
import { BinaryOp, Node, ParseResult, Ref, references } from "./ast";
import { afterSheetPrefix, cellRangeAt, parseReference } from "./refText";

/** Excel's own limit on the length of a formula. */
const MAX_FORMULA_LENGTH = 8192;
/** Deeper nesting than this (Excel allows 64 levels of functions) is rejected. */
const MAX_NESTING = 200;
const CACHE_LIMIT = 50_000;

/** Binding powers, Excel's precedence: comparisons < & < + - < * / < ^ < % < unary - < , < space < :. */
const INFIX_POWER: Record<string, number> = {
  "=": 1,
  "<>": 1,
  "<": 1,
  ">": 1,
  "<=": 1,
  ">=": 1,
  "&": 2,
  "+": 3,
  "-": 3,
  "*": 4,
  "/": 4,
  "^": 5,
  ",": 8,
  " ": 9,
  ":": 10,
};
const PERCENT_POWER = 6;
const PREFIX_POWER = 7;

const NAME_PATTERN = /^[A-Za-z_\\\u00C0-\uFFFF][\w.\\?\u00C0-\uFFFF]*(\[.*\])?$/;

class ParseError extends Error {}

const cache = new Map<string, ParseResult>();

/** Parses a formula (leading "=" optional). Results are cached by text: never mutate the AST. */
export function parseFormula(text: string): ParseResult {
  const hit = cache.get(text);
  if (hit) return hit;
  const result = parseByTemplate(text) ?? parseFormulaUncached(text);
  // Emptied when full: evicting one key at a time from a large Map costs more than re-parsing.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

/**
 * Formulas that differ only by their cell references (`=E6+F6+G6` on row 6, `=E7+F7+G7` on row 7,
 * the same on every sheet of a template) are tokenized and parsed once: the tree of the first one
 * is the template, each other gets its own references in the template's reference nodes.
 * Only formulas whose tokens cannot depend on the references are templated: written with
 * letters, digits, `$ : .`, operators, parentheses and commas (no text, sheet name, space,
 * error, array…); a reference is a run of those characters that reads as a cell or a range of
 * cells (refText.ts cellRangeAt), not followed by `(`. Its tokens are then the same for any
 * references, and parsing reads a reference token only through parseReference. The key is the
 * text with each reference as \0. Null template: the first formula of that key did not parse
 * with exactly its references' nodes.
 */
const templates = new Map<string, Node | null>();

/** Characters of a run (a token of the tokenizer): letters, digits, `$`, `:`, `.`. */
function isRunChar(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 36 || c === 46;
}

/** Characters between runs in a templated formula: operators, parentheses, commas, `%`. */
function isSeparator(c: number): boolean {
  // = + - * / ^ & < > % ( ) ,
  return (
    c === 61 ||
    c === 43 ||
    c === 45 ||
    c === 42 ||
    c === 47 ||
    c === 94 ||
    c === 38 ||
    c === 60 ||
    c === 62 ||
    c === 37 ||
    c === 40 ||
    c === 41 ||
    c === 44
  );
}

/** The template key of a formula and its references in order; null when it is not templated. */
function templateKey(text: string): { key: string; refs: Ref[] } | null {
  const refs: Ref[] = [];
  let key = "";
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      key += text[i++];
      continue;
    }
    if (!isRunChar(c)) return null;
    let end = i + 1;
    while (end < text.length && isRunChar(text.charCodeAt(end))) end++;
    // A cell or a range of cells (`$A$1`, `e12`, `B3:A1`), unless it names a function: « LOG10( ».
    const ref = text.charCodeAt(end) !== 40 ? cellRangeAt(text, i, end) : null;
    if (ref) {
      refs.push(ref);
      key += "\0";
    } else {
      key += text.slice(i, end);
    }
    i = end;
  }
  return refs.length > 0 ? { key, refs } : null;
}

function parseByTemplate(text: string): ParseResult | null {
  if (text.length > MAX_FORMULA_LENGTH) return null;
  const shape = templateKey(text);
  if (!shape) return null;
  const template = templates.get(shape.key);
  if (template === null) return null;
  if (template === undefined) {
    const parsed = parseFormulaUncached(text);
    if (templates.size >= CACHE_LIMIT) templates.clear();
    templates.set(shape.key, parsed.ok && sameReferences(references(parsed.ast), shape.refs) ? parsed.ast : null);
    return parsed;
  }
  const next = { index: 0 };
  return { ok: true, ast: withReferences(template, shape.refs, next) };
}

/** The tree's references are the runs read as references, in order, and no other. */
function sameReferences(found: readonly Ref[], runs: readonly Ref[]): boolean {
  if (found.length !== runs.length) return false;
  return found.every((ref, i) => {
    const run = runs[i];
    return (
      ref.sheet === run.sheet &&
      ref.workbook === run.workbook &&
      ref.r1 === run.r1 &&
      ref.c1 === run.c1 &&
      ref.r2 === run.r2 &&
      ref.c2 === run.c2 &&
      ref.absR1 === run.absR1 &&
      ref.absC1 === run.absC1 &&
      ref.absR2 === run.absR2 &&
      ref.absC2 === run.absC2 &&
      ref.wholeColumn === run.wholeColumn &&
      ref.wholeRow === run.wholeRow
    );
  });
}

/** The template's tree with its reference nodes, in written order (as `references`), taken from `refs`. */
function withReferences(node: Node, refs: readonly Ref[], next: { index: number }): Node {
  switch (node.kind) {
    case "ref":
      return { kind: "ref", ref: refs[next.index++] };
    case "call":
      return { kind: "call", name: node.name, args: node.args.map((a) => withReferences(a, refs, next)) };
    case "unary":
      return { kind: "unary", op: node.op, operand: withReferences(node.operand, refs, next) };
    case "percent":
      return { kind: "percent", operand: withReferences(node.operand, refs, next) };
    case "binary": {
      const left = withReferences(node.left, refs, next);
      return { kind: "binary", op: node.op, left, right: withReferences(node.right, refs, next) };
    }
    case "paren":
      return { kind: "paren", inner: withReferences(node.inner, refs, next) };
    case "array":
      return { kind: "array", rows: node.rows.map((row) => row.map((n) => withReferences(n, refs, next))) };
    default:
      // Constants: shared between trees, which are never changed.
      return node;
  }
}

/** Parses a formula without the caches (parseFormula is the one to use; tests compare both). */
export function parseFormulaUncached(text: string): ParseResult {
  if (text.length > MAX_FORMULA_LENGTH) {
    return { ok: false, reason: `formule trop longue (plus de ${MAX_FORMULA_LENGTH} caractères)` };
  }
  let tokens: Token[];
  try {
    tokens = prepare(tokenize(text));
  } catch {
    return { ok: false, reason: "parenthèse ou accolade fermante sans ouverture correspondante" };
  }
  if (tokens.length === 0) return { ok: false, reason: "formule vide" };
  try {
    return { ok: true, ast: new Parser(tokens).parseAll() };
  } catch (e) {
    if (e instanceof ParseError) return { ok: false, reason: e.message };
    return { ok: false, reason: "formule trop complexe pour être analysée" };
  }
}

/** References of a formula text; [] when it does not parse. */
export function formulaReferences(text: string): Ref[] {
  const parsed = parseFormula(text);
  return parsed.ok ? references(parsed.ast) : [];
}

/** Whether each parsed formula refers to a cell, worked out once (several rules ask, for every formula). */
const referring = new WeakMap<Node, boolean>();

/** The formula refers to at least one cell; false when it does not parse. */
export function hasReferences(text: string): boolean {
  const parsed = parseFormula(text);
  if (!parsed.ok) return false;
  let found = referring.get(parsed.ast);
  if (found === undefined) {
    found = references(parsed.ast).length > 0;
    referring.set(parsed.ast, found);
  }
  return found;
}

/**
 * Fixes two tokenizer habits: `Feuil1!#REF!` comes as an unknown token then an error; a range
 * operator before a function (`A1:INDEX(…)`) comes glued to the function name.
 */
function prepare(raw: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < raw.length; i++) {
    const t = raw[i];
    const next = raw[i + 1];
    const lostRef = t.type === "unknown" && /[!:]$/.test(t.value);
    if (lostRef && next?.type === "operand" && next.subtype === "error") continue;
    const colon = t.type === "function" && t.subtype === "start" ? t.value.lastIndexOf(":") : -1;
    if (colon > 0) {
      out.push({ value: t.value.slice(0, colon), type: "operand", subtype: "range" });
      out.push({ value: ":", type: "operator-infix", subtype: "" });
      out.push({ value: t.value.slice(colon + 1), type: "function", subtype: "start" });
    } else {
      out.push(t);
    }
  }
  return out;
}

function shown(t: Token): string {
  if (t.type === "function" && t.subtype === "stop") return ")";
  if (t.type === "subexpression") return t.subtype === "start" ? "(" : ")";
  return t.value;
}

class Parser {
  private pos = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parseAll(): Node {
    const ast = this.expression(0);
    const rest = this.peek();
    if (rest) throw new ParseError(`élément inattendu : « ${shown(rest)} »`);
    return ast;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private expression(minPower: number): Node {
    if (++this.depth > MAX_NESTING) throw new ParseError("formule trop imbriquée");
    let left = this.prefix();
    for (;;) {
      const t = this.peek();
      if (!t) break;
      if (t.type === "operator-postfix") {
        if (PERCENT_POWER <= minPower) break;
        this.pos++;
        left = { kind: "percent", operand: left };
        continue;
      }
      const power = t.type === "operator-infix" ? INFIX_POWER[t.value] : undefined;
      if (power === undefined || power <= minPower) break;
      this.pos++;
      const right = this.expression(power);
      if (t.value === " " && !(referenceLike(left) && referenceLike(right))) {
        throw new ParseError("espace inattendu entre deux éléments qui ne sont pas des références");
      }
      left = { kind: "binary", op: t.value as BinaryOp, left, right };
    }
    this.depth--;
    return left;
  }

  private prefix(): Node {
    const t = this.peek();
    const before = this.tokens[this.pos - 1];
    if (!t) {
      throw new ParseError(before ? `opérande manquant après « ${shown(before)} »` : "formule vide");
    }
    this.pos++;
    switch (t.type) {
      case "operand":
        return operand(t);
      case "operator-prefix":
        return { kind: "unary", op: "-", operand: this.expression(PREFIX_POWER) };
      case "subexpression":
        if (t.subtype === "start") return this.parenthesised();
        break;
      case "function":
        if (t.subtype === "start") return t.value === "ARRAY" ? this.array() : this.call(t.value);
        break;
      default:
        break;
    }
    throw new ParseError(`élément inattendu : « ${shown(t)} »`);
  }

  private parenthesised(): Node {
    const inner = this.expression(0);
    if (!this.closes("subexpression")) throw new ParseError("parenthèse non fermée");
    return { kind: "paren", inner };
  }

  private call(name: string): Node {
    const args = this.list(`parenthèse non fermée après « ${name}( »`);
    return { kind: "call", name: name.toUpperCase(), args };
  }

  /** `{1,2;3,4}`: the tokenizer wraps each row in ARRAYROW pseudo-functions. */
  private array(): Node {
    const rows: Node[][] = [];
    for (;;) {
      const row = this.peek();
      if (row?.type !== "function" || row.subtype !== "start" || row.value !== "ARRAYROW") break;
      this.pos++;
      rows.push(this.list("accolade non fermée"));
      if (this.peek()?.type === "argument") this.pos++;
    }
    if (rows.length === 0 || !this.closes("function")) throw new ParseError("tableau de constantes mal formé");
    return { kind: "array", rows };
  }

  /** Arguments up to the closing parenthesis (already past the opening one). */
  private list(unclosed: string): Node[] {
    const args: Node[] = [];
    if (this.closes("function")) return args;
    for (;;) {
      const t = this.peek();
      const blank = t?.type === "argument" || (t?.type === "function" && t.subtype === "stop");
      args.push(blank ? { kind: "empty" } : this.expression(0));
      if (this.closes("function")) return args;
      if (this.peek()?.type !== "argument") {
        const bad = this.peek();
        throw new ParseError(bad ? `élément inattendu : « ${shown(bad)} »` : unclosed);
      }
      this.pos++;
    }
  }

  private closes(type: "function" | "subexpression"): boolean {
    const t = this.peek();
    if (t?.type !== type || t.subtype !== "stop") return false;
    this.pos++;
    return true;
  }
}

/** What may stand on each side of an intersection (a space between two references). */
function referenceLike(node: Node): boolean {
  switch (node.kind) {
    case "ref":
    case "name":
    case "call":
      return true;
    case "paren":
      return referenceLike(node.inner);
    case "binary":
      return node.op === ":" || node.op === " " || node.op === ",";
    default:
      return false;
  }
}

function operand(t: Token): Node {
  switch (t.subtype) {
    case "number": {
      const value = Number(t.value);
      if (!Number.isFinite(value)) throw new ParseError(`nombre illisible : « ${t.value} »`);
      return { kind: "number", value };
    }
    case "text":
      return { kind: "string", value: t.value };
    case "logical":
      return { kind: "boolean", value: t.value === "TRUE" };
    case "error":
      return { kind: "error", value: t.value };
    default:
      return rangeOperand(t.value);
  }
}

function rangeOperand(text: string): Node {
  const upper = text.toUpperCase();
  if (upper === "TRUE" || upper === "FALSE") return { kind: "boolean", value: upper === "TRUE" };
  const ref = parseReference(text);
  if (ref) return { kind: "ref", ref };
  const start = afterSheetPrefix(text);
  if (start !== null && NAME_PATTERN.test(text.slice(start))) return { kind: "name", name: text };
  throw new ParseError(`référence illisible : « ${text} »`);
}
