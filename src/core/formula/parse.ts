/**
 * Excel formula parser: tokens from `excel-formula-tokenizer`, then a precedence-climbing (Pratt)
 * parser into the AST of ./ast. Never throws: a malformed formula gives { ok: false, reason }.
 */
import { Token, tokenize } from "excel-formula-tokenizer";
import { BinaryOp, Node, ParseResult, Ref, references } from "./ast";
import { afterSheetPrefix, parseReference } from "./refText";

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
  const result = parseUncached(text);
  // Emptied when full: evicting one key at a time from a large Map costs more than re-parsing.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(text, result);
  return result;
}

function parseUncached(text: string): ParseResult {
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
