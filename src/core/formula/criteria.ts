/** SUMIF criteria: 5, ">0", "<>", "=Total", "Sous*total" (wildcards * and ?, ~ escapes them). */
import { compareScalars, isError, numberFromText } from "./coerce";
import { Scalar } from "./evalTypes";

export type Criterion = (v: Scalar) => boolean;

const OPERATORS: Record<string, (sign: number) => boolean> = {
  "=": (s) => s === 0,
  "<>": (s) => s !== 0,
  "<": (s) => s < 0,
  ">": (s) => s > 0,
  "<=": (s) => s <= 0,
  ">=": (s) => s >= 0,
};

/** The test a criterion value stands for (an empty criterion cell means 0, as in Excel). */
export function criterion(c: number | string | boolean | null): Criterion {
  if (c === null) return (v) => v === 0;
  if (typeof c !== "string") return (v) => v === c;
  const m = /^(<=|>=|<>|<|>|=)?([\s\S]*)$/.exec(c) as RegExpExecArray;
  const op = m[1] ?? "=";
  const operand = m[2];
  const n = numberFromText(operand);
  if (n !== null) return numberCriterion(op, n);
  if (op === "=" || op === "<>") {
    const equal = textEquality(operand);
    return op === "=" ? equal : (v) => !equal(v);
  }
  return (v) => {
    if (typeof v !== "string") return false;
    const sign = compareScalars(v, operand);
    return !isError(sign) && OPERATORS[op](sign);
  };
}

function numberCriterion(op: string, n: number): Criterion {
  return (v) => (typeof v === "number" ? OPERATORS[op](Math.sign(v - n)) : op === "<>");
}

/** Equality with a text: "" matches empty cells; otherwise case-insensitive, with wildcards. */
function textEquality(text: string): Criterion {
  if (text === "") return (v) => v === null || v === "";
  const pattern = new RegExp(`^${wildcardSource(text)}$`, "i");
  return (v) => typeof v === "string" && pattern.test(v);
}

function wildcardSource(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "~" && i + 1 < text.length) out += escape(text[++i]);
    else if (ch === "*") out += "[\\s\\S]*";
    else if (ch === "?") out += "[\\s\\S]";
    else out += escape(ch);
  }
  return out;
}

function escape(ch: string): string {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}
