/**
 * Types of the npm package `excel-formula-tokenizer` (E. W. Bachtal's tokenizer, ported by
 * P. Salaets). The package ships an index.d.ts that does not export `tokenize`; this ambient
 * declaration takes precedence over it.
 */
declare module "excel-formula-tokenizer" {
  export type TokenType =
    | "noop"
    | "operand"
    | "function"
    | "subexpression"
    | "argument"
    | "operator-prefix"
    | "operator-infix"
    | "operator-postfix"
    | "white-space"
    | "unknown";

  export type TokenSubtype =
    "" | "start" | "stop" | "text" | "number" | "logical" | "error" | "range" | "math" | "concatenate" | "intersect" | "union";

  export interface Token {
    value: string;
    type: TokenType;
    subtype: TokenSubtype;
  }

  export interface TokenizeOptions {
    language?: "en-US" | "de-DE" | "en-EU";
    preserveLanguage?: boolean;
  }

  /** Throws a TypeError on some malformed input (e.g. a closing parenthesis without an opening one). */
  export function tokenize(formula: string, options?: TokenizeOptions): Token[];
}
