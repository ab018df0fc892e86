import fc from "fast-check";
import { MAX_COL, MAX_ROW, Node, Ref } from "../../../src/core/formula/ast";
import { formulaReferences, parseFormula, parseFormulaUncached } from "../../../src/core/formula/parse";
import { columnLetter } from "../../../src/core/grid/address";
import { cellRangeAt, formatReference, parseReference } from "../../../src/core/formula/refText";

function ast(text: string): Node {
  const parsed = parseFormula(text);
  if (!parsed.ok) throw new Error(`échec inattendu pour ${text} : ${parsed.reason}`);
  return parsed.ast;
}

const rel = { absR1: false, absC1: false, absR2: false, absC2: false };
const cell = (row: number, col: number, extra: Partial<Ref> = {}): Ref => ({
  sheet: null,
  r1: row,
  c1: col,
  r2: row,
  c2: col,
  ...rel,
  ...extra,
});
const refNode = (ref: Ref): Node => ({ kind: "ref", ref });
const num = (value: number): Node => ({ kind: "number", value });

describe("parseFormula : références", () => {
  test.each<[string, Ref]>([
    ["=A1", cell(0, 0)],
    ["A1", cell(0, 0)],
    ["=$C$5", cell(4, 2, { absR1: true, absC1: true, absR2: true, absC2: true })],
    ["=C$5", cell(4, 2, { absR1: true, absR2: true })],
    ["=e12", cell(11, 4)],
    ["=B3:A1", { sheet: null, r1: 0, c1: 0, r2: 2, c2: 1, ...rel }],
    ["=$A$1:B3", { sheet: null, r1: 0, c1: 0, r2: 2, c2: 1, ...rel, absR1: true, absC1: true }],
    ["=Feuil1!D4", cell(3, 3, { sheet: "Feuil1" })],
    ["='Feuil 1'!$A$1:B3", { sheet: "Feuil 1", r1: 0, c1: 0, r2: 2, c2: 1, ...rel, absR1: true, absC1: true }],
    ["='L''axe 1'!A1", cell(0, 0, { sheet: "L'axe 1" })],
    ["='Exécution 2022 (rév.)'!F9", cell(8, 5, { sheet: "Exécution 2022 (rév.)" })],
    ["=Récap!A1", cell(0, 0, { sheet: "Récap" })],
    ["=Feuil1!A1:Feuil1!B2", { sheet: "Feuil1", r1: 0, c1: 0, r2: 1, c2: 1, ...rel }],
    ["=[1]Feuil1!A1", cell(0, 0, { sheet: "Feuil1", workbook: "[1]" })],
    ["=A:A", { sheet: null, r1: 0, c1: 0, r2: MAX_ROW, c2: 0, ...rel, wholeColumn: true }],
    ["=$B:$D", { sheet: null, r1: 0, c1: 1, r2: MAX_ROW, c2: 3, ...rel, absC1: true, absC2: true, wholeColumn: true }],
    ["=3:5", { sheet: null, r1: 2, c1: 0, r2: 4, c2: MAX_COL, ...rel, wholeRow: true }],
    [
      "='Tableau financier'!$7:$7",
      { sheet: "Tableau financier", r1: 6, c1: 0, r2: 6, c2: MAX_COL, ...rel, absR1: true, absR2: true, wholeRow: true },
    ],
    ["=XFD1048576", cell(MAX_ROW, MAX_COL)],
  ])("%s", (text, expected) => {
    expect(ast(text)).toEqual(refNode(expected));
  });

  test.each(["XFE1", "A0", "A1048577", "A", "$A$", "1A", "A1:", "Feuil1!", "!A1", "'Feuil1!A1", "Feuil1!A1:Feuil2!B2", "A1:B"])(
    "« %s » n'est pas une référence",
    (text) => {
      expect(parseReference(text)).toBeNull();
    },
  );

  test.each(["='L''axe 1'!$A$1:B3", "=Feuil1!$C:$C", "=$2:$4", "='Feuil 1'!A1", "=[1]Feuil1!B2"])(
    "aller-retour A1 %s",
    (text) => {
      const node = ast(text);
      expect(node.kind).toBe("ref");
      if (node.kind === "ref") expect(`=${formatReference(node.ref)}`).toBe(text);
    },
  );
});

describe("parseFormula : expressions", () => {
  const a1 = refNode(cell(0, 0));
  const b2 = refNode(cell(1, 1));
  test.each<[string, Node]>([
    ["=12.5", num(12.5)],
    ["=1E+3", num(1000)],
    ['="Sous ""total"""', { kind: "string", value: 'Sous "total"' }],
    ["=TRUE", { kind: "boolean", value: true }],
    ["=false", { kind: "boolean", value: false }],
    ["=#DIV/0!", { kind: "error", value: "#DIV/0!" }],
    ["=Feuil1!#REF!", { kind: "error", value: "#REF!" }],
    ["=Montant_Etat", { kind: "name", name: "Montant_Etat" }],
    ["='Paramètres 2024'!Taux_CD", { kind: "name", name: "'Paramètres 2024'!Taux_CD" }],
    ["=-A1", { kind: "unary", op: "-", operand: a1 }],
    ["=+A1", a1],
    ["=A1%", { kind: "percent", operand: a1 }],
    ["=1+2*3", { kind: "binary", op: "+", left: num(1), right: { kind: "binary", op: "*", left: num(2), right: num(3) } }],
    ["=1-2-3", { kind: "binary", op: "-", left: { kind: "binary", op: "-", left: num(1), right: num(2) }, right: num(3) }],
    ["=2^3^2", { kind: "binary", op: "^", left: { kind: "binary", op: "^", left: num(2), right: num(3) }, right: num(2) }],
    ["=-2^2", { kind: "binary", op: "^", left: { kind: "unary", op: "-", operand: num(2) }, right: num(2) }],
    [
      "=(1+2)*3",
      {
        kind: "binary",
        op: "*",
        left: { kind: "paren", inner: { kind: "binary", op: "+", left: num(1), right: num(2) } },
        right: num(3),
      },
    ],
    ['=A1&"€"', { kind: "binary", op: "&", left: a1, right: { kind: "string", value: "€" } }],
    ["=A1+1>=B2", { kind: "binary", op: ">=", left: { kind: "binary", op: "+", left: a1, right: num(1) }, right: b2 }],
    ["=A1<>B2", { kind: "binary", op: "<>", left: a1, right: b2 }],
    ["=10%*2", { kind: "binary", op: "*", left: { kind: "percent", operand: num(10) }, right: num(2) }],
    ["=A1 B2", { kind: "binary", op: " ", left: a1, right: b2 }],
    [
      "=SUM((A1,B2))",
      { kind: "call", name: "SUM", args: [{ kind: "paren", inner: { kind: "binary", op: ",", left: a1, right: b2 } }] },
    ],
    ["=sum(A1, 2)", { kind: "call", name: "SUM", args: [a1, num(2)] }],
    ["=TODAY()", { kind: "call", name: "TODAY", args: [] }],
    ["=IF(A1,,2)", { kind: "call", name: "IF", args: [a1, { kind: "empty" }, num(2)] }],
    [
      "=ROUND(SUM(A1,B2)/2,2)",
      {
        kind: "call",
        name: "ROUND",
        args: [{ kind: "binary", op: "/", left: { kind: "call", name: "SUM", args: [a1, b2] }, right: num(2) }, num(2)],
      },
    ],
    [
      "={1,2;3,4}",
      {
        kind: "array",
        rows: [
          [num(1), num(2)],
          [num(3), num(4)],
        ],
      },
    ],
    ["=A1:INDEX(B2,1)", { kind: "binary", op: ":", left: a1, right: { kind: "call", name: "INDEX", args: [b2, num(1)] } }],
    ["  = A1 + 2 ", { kind: "binary", op: "+", left: a1, right: num(2) }],
  ])("%s", (text, expected) => {
    expect(ast(text)).toEqual(expected);
  });
});

describe("parseFormula : formules mal formées", () => {
  test.each<[string, string]>([
    ["", "formule vide"],
    ["=", "formule vide"],
    ["=A1+", "opérande manquant après « + »"],
    ["=*2", "élément inattendu : « * »"],
    ["=SUM(A1", "parenthèse non fermée après « SUM( »"],
    ["=(1+2", "parenthèse non fermée"],
    ["=A1)", "parenthèse ou accolade fermante sans ouverture correspondante"],
    ["=SUM(A1 2)", "espace inattendu entre deux éléments qui ne sont pas des références"],
    ["=1 2", "espace inattendu entre deux éléments qui ne sont pas des références"],
    ['=A1"x"', "élément inattendu : « A1 »"],
    ["=A1:B", "référence illisible : « A1:B »"],
    ["=Feuil1:Feuil3!A1", "référence illisible : « Feuil1:Feuil3!A1 »"],
  ])("%j → %s", (text, reason) => {
    expect(parseFormula(text)).toEqual({ ok: false, reason });
  });

  test("trop imbriquée, trop longue", () => {
    expect(parseFormula(`=${"(".repeat(300)}1${")".repeat(300)}`)).toEqual({ ok: false, reason: "formule trop imbriquée" });
    expect(parseFormula(`=${"A1+".repeat(3000)}A1`)).toEqual({
      ok: false,
      reason: "formule trop longue (plus de 8192 caractères)",
    });
  });

  test("ne lève jamais d'exception, quelle que soit la chaîne", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (s) => {
        const r = parseFormula(s);
        expect(typeof r.ok).toBe("boolean");
      }),
      { numRuns: 2000 },
    );
  });

  test("ne lève jamais d'exception sur des assemblages de morceaux de formules", () => {
    const piece = fc.constantFrom(
      "=",
      "A1",
      "$B$2",
      ":",
      "(",
      ")",
      ",",
      "+",
      "-",
      "%",
      "^",
      " ",
      "'",
      "!",
      "SUM(",
      "{",
      "}",
      ";",
      '"',
      "#REF!",
      "Feuil1!",
      "'a b'!",
      "1",
      "TRUE",
      "<>",
      "&",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 25 }), (parts) => {
        const r = parseFormula(parts.join(""));
        expect(r.ok ? r.ast.kind.length > 0 : r.reason.length > 0).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("formulaReferences", () => {
  test("dans l'ordre d'écriture, y compris dans les fonctions imbriquées", () => {
    const refs = formulaReferences("=IF(SUM('Feuil 2'!A1:A3)>0,ROUND(B5*$C$1,2),D:D)");
    expect(refs.map(formatReference)).toEqual(["'Feuil 2'!A1:A3", "B5", "$C$1", "D:D"]);
  });

  test("aucune référence pour une formule illisible", () => {
    expect(formulaReferences("=SUM(A1")).toEqual([]);
  });

  test("les références rendues sont des copies : le cache reste intact", () => {
    const [first] = formulaReferences("=Z99+1");
    first.r1 = 0;
    expect(formulaReferences("=Z99+1")[0].r1).toBe(98);
  });
});

describe("parseFormula : formules qui ne diffèrent que par leurs références", () => {
  /** A reference as written, valid or not (XFE1, A0, A1048577 are names or garbage, not references). */
  const validRef = fc
    .tuple(fc.boolean(), fc.integer({ min: 0, max: 16_383 }), fc.boolean(), fc.integer({ min: 1, max: 1_048_576 }), fc.boolean())
    .map(([absC, col, absR, row, lower]) => {
      const text = `${absC ? "$" : ""}${columnLetter(col)}${absR ? "$" : ""}${row}`;
      return lower ? text.toLowerCase() : text;
    });
  const refText = fc.oneof(
    { weight: 9, arbitrary: validRef },
    {
      weight: 1,
      arbitrary: fc.constantFrom("XFE1", "A0", "A1048577", "TVA2024", "ABCD1", "A12345678", "Feuil1!A1", "A:A", "3:5", "R1C1"),
    },
  );
  const cellRange = fc.oneof(
    refText,
    fc.tuple(refText, refText).map(([a, b]) => `${a}:${b}`),
  );

  /** Formulas with slots (« @ ») for references: the grammar of templated formulas, and some other tokens. */
  const { formula } = fc.letrec<{ formula: string }>((tie) => ({
    formula: fc.oneof(
      { depthSize: "small", withCrossShrink: true },
      fc.constantFrom(
        "@",
        "@",
        "@:@",
        "$@",
        "1",
        "2.5",
        "1E6",
        "2E+3",
        "1.5E-2",
        ".5",
        "0",
        "TRUE",
        "TVA",
        "A:A",
        "3:5",
        '"E6"',
        "'Feuil 1'!@",
        "Feuil1!@",
        "#REF!",
        "{1,2}",
        "_x",
        "é",
      ),
      fc
        .tuple(
          tie("formula"),
          fc.constantFrom("+", "-", "*", "/", "^", "&", "=", "<>", "<=", ">", ",", " ", " + ", ":"),
          tie("formula"),
        )
        .map(([a, op, b]) => `${a}${op}${b}`),
      tie("formula").map((e) => `(${e})`),
      tie("formula").map((e) => `-${e}`),
      tie("formula").map((e) => `${e}%`),
      fc
        .tuple(
          fc.constantFrom("SUM", "ROUND", "IF", "LOG10", "ATAN2", "E6", "sum"),
          fc.array(tie("formula"), { minLength: 1, maxLength: 3 }),
        )
        .map(([f, args]) => `${f}(${args.join(",")})`),
    ),
  }));

  test("l'arbre d'une formule est celui de son analyse complète, même quand une formule de même forme a été lue avant", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        formula,
        fc.array(cellRange, { minLength: 40, maxLength: 40 }),
        fc.array(cellRange, { minLength: 40, maxLength: 40 }),
        (equals, shape, first, second) => {
          const fill = (refs: string[]) => {
            let slot = 0;
            return (equals ? "=" : "") + shape.replace(/@/g, () => refs[slot++ % refs.length]);
          };
          for (const text of [fill(first), fill(second)]) expect(parseFormula(text)).toEqual(parseFormulaUncached(text));
        },
      ),
      { numRuns: 5000 },
    );
  });

  test("des formules de modèle lues ligne après ligne", () => {
    for (let row = 6; row < 400; row++) {
      for (const text of [
        `=E${row}+F${row}+G${row}+H${row}+I${row}`,
        `=SUM(E${row - 5}:E${row})`,
        `=$B$2*E${row}%-ROUND(F${row}/2,2)`,
        `=IF(E${row}>0,E${row},0)`,
      ]) {
        expect(parseFormula(text)).toEqual(parseFormulaUncached(text));
      }
    }
  });
});

describe("cellRangeAt", () => {
  test("lit une cellule ou une plage de cellules comme parseReference, et rien d'autre", () => {
    const run = fc.array(fc.constantFrom(..."AEZaez$:.0159".split("")), { maxLength: 14 }).map((chars) => chars.join(""));
    const cells = fc
      .tuple(fc.integer({ min: 0, max: 16_400 }), fc.integer({ min: 0, max: 1_050_000 }), fc.boolean(), fc.boolean())
      .map(([col, row, a, b]) => `${a ? "$" : ""}${columnLetter(col)}${b ? "$" : ""}${row}`);
    const text = fc.oneof(
      run,
      cells,
      fc.tuple(cells, cells).map(([x, y]) => `${x}:${y}`),
    );
    fc.assert(
      fc.property(text, fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), (t, before, after) => {
        const ref = parseReference(t);
        const expected = ref && ref.sheet === null && !ref.wholeColumn && !ref.wholeRow ? ref : null;
        expect(cellRangeAt(before + t + after, before.length, before.length + t.length)).toEqual(expected);
      }),
      { numRuns: 5000 },
    );
  });
});
