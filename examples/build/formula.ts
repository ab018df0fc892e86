/**
 * Computes the cached result of the formulas of a description, as Excel would save it, with plain
 * arithmetic: + - * / on cells and numbers, SUM over cells and ranges, #REF!. Like Excel, SUM
 * skips texts inside ranges while + converts a French amount written as text (« 67 500,00 € »)
 * and gives #VALUE! for an unreadable one. Only what the sample workbooks use is supported.
 */
import { parseCellAddress, parseRangeAddress } from "../../src/core/grid/address";

export type Computed = number | string | null | { error: string };

/** Value of a cell of the same sheet (0-based row and column), computing its formula if any. */
export type CellLookup = (row: number, col: number) => Computed;

const TOKEN = /\s*(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\d+(?:\.\d+)?|#REF!|SUM|[-+*/(),])/y;

function tokenize(formula: string): string[] {
  const text = formula.replace(/^=/, "").trim();
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < text.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(text);
    if (!m) throw new Error(`formule non prise en charge par le générateur : « ${formula} » (position ${start})`);
    tokens.push(m[1]);
  }
  return tokens;
}

const REFERENCE = /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/;

const isError = (v: Computed): v is { error: string } => typeof v === "object" && v !== null;

/** « 67 500,00 € » → 67500; null when the text is not an amount Excel would convert. */
function textToNumber(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  if (!/^-?\d+(,\d+)?$/.test(compact)) return null;
  return Number(compact.replace(",", "."));
}

/** Operand of + - * /: empty is 0, a convertible text its number, anything else #VALUE!. */
function operand(v: Computed): number | { error: string } {
  if (isError(v)) return v;
  if (v === null) return 0;
  if (typeof v === "number") return v;
  return textToNumber(v) ?? { error: "#VALUE!" };
}

/** Excel keeps 15 significant digits. */
const excelRound = (n: number): number => Number(n.toPrecision(15));

class Parser {
  private pos = 0;
  constructor(
    private readonly tokens: string[],
    private readonly lookup: CellLookup,
  ) {}

  parse(): Computed {
    const v = this.expression();
    if (this.pos !== this.tokens.length) throw new Error(`formule mal formée près de « ${this.tokens[this.pos]} »`);
    return typeof v === "number" ? excelRound(v) : v;
  }

  private peek(): string | undefined {
    return this.tokens[this.pos];
  }

  private next(expected?: string): string {
    const t = this.tokens[this.pos++];
    if (t === undefined || (expected !== undefined && t !== expected)) {
      throw new Error(`formule mal formée : « ${expected ?? "une valeur"} » attendu`);
    }
    return t;
  }

  private expression(): Computed {
    let left = this.term();
    while (this.peek() === "+" || this.peek() === "-") {
      const op = this.next();
      left = arithmetic(left, this.term(), op);
    }
    return left;
  }

  private term(): Computed {
    let left = this.factor();
    while (this.peek() === "*" || this.peek() === "/") {
      const op = this.next();
      left = arithmetic(left, this.factor(), op);
    }
    return left;
  }

  private factor(): Computed {
    const t = this.next();
    if (t === "-") return arithmetic(0, this.factor(), "-");
    if (t === "(") {
      const v = this.expression();
      this.next(")");
      return v;
    }
    if (t === "#REF!") return { error: "#REF!" };
    if (t === "SUM") return this.sum();
    if (/^\d/.test(t)) return Number(t);
    if (t.includes(":")) throw new Error(`une plage (« ${t} ») n'est permise que dans SUM`);
    const cell = parseCellAddress(t);
    if (!cell) throw new Error(`référence illisible : « ${t} »`);
    return this.lookup(cell.row, cell.col);
  }

  /** SUM(args): numbers added; texts and empty cells of references skipped; errors propagated. */
  private sum(): Computed {
    this.next("(");
    let total: Computed = 0;
    for (;;) {
      for (const v of this.sumArgument()) {
        if (isError(v) && !isError(total)) total = v;
        if (typeof v === "number" && typeof total === "number") total += v;
      }
      if (this.peek() !== ",") break;
      this.next(",");
    }
    this.next(")");
    return total;
  }

  private sumArgument(): Computed[] {
    const t = this.peek();
    const follower = this.tokens[this.pos + 1];
    if (t !== undefined && REFERENCE.test(t) && (follower === "," || follower === ")")) {
      const range = parseRangeAddress(this.next());
      if (!range) throw new Error(`plage illisible : « ${t} »`);
      const values: Computed[] = [];
      for (let r = range.r1; r <= range.r2; r++) {
        for (let c = range.c1; c <= range.c2; c++) values.push(this.lookup(r, c));
      }
      return values;
    }
    return [operand(this.expression())];
  }
}

function arithmetic(a: Computed, b: Computed, op: string): Computed {
  const x = operand(a);
  const y = operand(b);
  if (isError(x)) return x;
  if (isError(y)) return y;
  switch (op) {
    case "+":
      return x + y;
    case "-":
      return x - y;
    case "*":
      return x * y;
    default:
      return y === 0 ? { error: "#DIV/0!" } : x / y;
  }
}

/** Result of a formula (« =D7+E7 ») whose cells are read through `lookup`. */
export function evaluateFormula(formula: string, lookup: CellLookup): Computed {
  return new Parser(tokenize(formula), lookup).parse();
}
