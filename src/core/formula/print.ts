/** Prints an AST back to formula text (without the leading "="), references through a callback. */
import { Node, Ref } from "./ast";

export type RefPrinter = (ref: Readonly<Ref>) => string;

export function printNode(node: Node, ref: RefPrinter): string {
  switch (node.kind) {
    case "number":
      return String(node.value).toUpperCase();
    case "string":
      return `"${node.value.replace(/"/g, '""')}"`;
    case "boolean":
      return node.value ? "TRUE" : "FALSE";
    case "error":
      return node.value;
    case "ref":
      return ref(node.ref);
    case "name":
      return node.name;
    case "call":
      return `${node.name}(${node.args.map((a) => printNode(a, ref)).join(",")})`;
    case "empty":
      return "";
    case "unary":
      return `-${printNode(node.operand, ref)}`;
    case "percent":
      return `${printNode(node.operand, ref)}%`;
    case "binary":
      return printNode(node.left, ref) + node.op + printNode(node.right, ref);
    case "paren":
      return `(${printNode(node.inner, ref)})`;
    case "array":
      return `{${node.rows.map((row) => row.map((n) => printNode(n, ref)).join(",")).join(";")}}`;
  }
}
