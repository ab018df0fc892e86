/**
 * A CALPAE pair across two workbooks (SPEC §3 F4 « Cross-year »): the 2022 execution report of
 * Seine-et-Marne and its 2023 forecast, sent as another file made from the template with its
 * placeholders left in, fiches renumbered (« (ex-fiche 2) »), titles retyped. Consistent: no
 * finding. With the carry-forwards mistyped: found at the 2023 cells, naming the 2022 ones.
 */
import { buildWorkbook, CellSpec } from "../helpers/sheet";
import { f3Header, f3Row, f4Header, financial, findingAt, run, short, sumRow } from "./helpers";
import { MERGES, seineEtMarne } from "./seine-et-marne";

interface F4Amounts {
  a: number;
  b?: number;
  c: number;
  d?: number;
}

function f4Row(row: number, head: CellSpec[], m: F4Amounts): CellSpec[] {
  const [b, d] = [m.b ?? 0, m.d ?? 0];
  return [...head, m.a, b, m.c, 0, d, 0, { f: `=E${row}+F${row}+G${row}+I${row}+J${row}`, v: m.a + b + m.c + d }];
}

interface Mistakes {
  /** B of fiche 1 typed 8 000 instead of the 10 000 to carry from 2022. */
  reportEtat?: boolean;
  /** Chorus cell of the accueil thème says 60 000 € where A is 55 000 €. */
  chorusAmount?: boolean;
}

function prevision2023(m: Mistakes = {}): CellSpec[][] {
  const g: CellSpec[][] = [
    ["TABLEAU FINANCIER RÉCAPITULATIF - Région xxx - Département du xxx"],
    ["Prévisionnel Année 2023"],
    f4Header(2023),
  ];
  const ase = ["Prévenir toute sortie sèche de l'ASE", "030450191901"];
  g.push(
    f4Row(4, [...ase, "1", "Accompagnement des jeunes majeurs"], {
      a: 100000,
      b: m.reportEtat ? 8000 : 10000,
      c: 100000,
      d: 10000,
    }),
  );
  g.push(f4Row(5, [null, null, "5", "Logement des jeunes sortants (ex-fiche 2)"], { a: 67500, c: 67500 }));
  g.push(sumRow(["", "", "Sous total"], "E", "K", (c) => `=SUM(${c}4:${c}5)`, g));
  const amount = m.chorusAmount ? "60\u00a0000€" : "55\u00a0000€";
  g.push(
    f4Row(
      7,
      [
        "Premier accueil social inconditionnel",
        `0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : ${amount})`,
        "7.3",
        "Accueil en MDS",
      ],
      { a: 55000, c: 55000 },
    ),
  );
  g.push(sumRow(["", "", "Sous total"], "E", "K", (c) => `=SUM(${c}7)`, g));
  g.push(
    f4Row(9, ["Insertion des jeunes", "0304 50 19 19 10 - Initiatives locales", "12", "Épicerie solidaire"], {
      a: 5000,
      c: 6000,
    }),
  );
  g.push(sumRow(["", "", "Sous total"], "E", "K", (c) => `=SUM(${c}9)`, g));
  g.push(sumRow(["TOTAUX FINANCIERS"], "E", "K", (c) => `=${c}6+${c}8+${c}10`, g));
  g.push(sumRow(["Total dit contrôle"], "E", "K", (c) => `=${c}4+${c}5+${c}7+${c}9`, g));
  return g;
}

const execution = () => buildWorkbook("77 - exécution 2022.xlsx", { "Exécution 2022": seineEtMarne() }, MERGES);
const prevision = (m: Mistakes = {}) =>
  buildWorkbook(
    "Département du xxx - prévisionnel 2023.xlsx",
    { "Prév. 2023": prevision2023(m) },
    { "Prév. 2023": { merges: ["A4:A6", "B4:B5"] } },
  );

describe("paire CALPAE 2022 → 2023 cohérente, dans deux classeurs", () => {
  const analysis = run([execution(), prevision()]);

  it("reconnaît l'exécution 2022 et le prévisionnel 2023 malgré « Région xxx - Département du xxx »", () => {
    expect(financial(analysis.tables).map((t) => [t.workbook.name, t.family, t.dispositif, t.year])).toEqual([
      ["77 - exécution 2022.xlsx", "F3", "calpae", 2022],
      ["Département du xxx - prévisionnel 2023.xlsx", "F4", "calpae", 2023],
    ]);
  });

  it("ne donne aucun constat : reports repris action par action (fiches renumérotées, « ex-fiche »), montant Chorus juste", () => {
    expect(short(analysis.findings)).toEqual([]);
  });
});

describe("la même paire avec un report mal repris et un montant Chorus faux", () => {
  const analysis = run([execution(), prevision({ reportEtat: true, chorusAmount: true })]);
  const file = "Département du xxx - prévisionnel 2023.xlsx";

  it("signale l'action, le total et la cellule Chorus, dans le classeur 2023", () => {
    expect(analysis.findings.map((f) => [f.file, f.ruleId, f.cell])).toEqual([
      [file, "report-incoherent", "F4"],
      [file, "montant-notifie", "B7"],
      [file, "report-incoherent", "F11"],
    ]);
  });

  it("nomme la cellule 2022 d'où vient le report, dans l'autre classeur", () => {
    const action = findingAt(analysis.findings, "report-incoherent", "F4");
    expect(action.message).toBe(
      "F4 : B = 8\u00a0000,00\u00a0€ mais « Montant à reporter en 2023 - Part Etat » = 10\u00a0000,00\u00a0€ pour cette action dans le tableau de 2022 " +
        "(M6, feuille « Exécution 2022 », classeur « 77 - exécution 2022.xlsx ») : écart de 2\u00a0000,00\u00a0€. " +
        "Les crédits reportés sur 2023 doivent être les montants « à reporter en 2023 » de l'année précédente.",
    );
    expect(action.related).toEqual([{ file: "77 - exécution 2022.xlsx", sheet: "Exécution 2022", cell: "M6" }]);
    expect(action.fix).toMatchObject({ kind: "value", cell: "F4", value: 10000 });
    expect(findingAt(analysis.findings, "montant-notifie", "B7").message).toContain(
      "la cellule Chorus indique 60\u00a0000,00\u00a0€",
    );
  });
});

describe("une action qui n'existe plus en 2023 que pour porter le report de 2022 (« report de l'ex-fiche 4 »)", () => {
  const execution2022: CellSpec[][] = [["Exécution budgétaire 2022"], f3Header(2022)];
  execution2022.push(
    f3Row(3, ["Référents de parcours", "030450191904", "3", "Référents de parcours RSA"], {
      a: 80000,
      c: 80000,
      realise: 150000,
      reportEtat: 5000,
      reportCd: 5000,
    }),
  );
  execution2022.push(
    f3Row(4, [null, null, "4", "Plateforme mobilité"], {
      a: 30000,
      c: 30000,
      realise: 40000,
      reportEtat: 10000,
      reportCd: 10000,
    }),
  );
  const prevision = (reportCd: number): CellSpec[][] => [
    ["Prévisionnel Année 2023"],
    f4Header(2023),
    f4Row(3, ["Référents de parcours", "030450191904", "3", "Référents de parcours RSA"], {
      a: 80000,
      b: 5000,
      c: 80000,
      d: 5000,
    }),
    f4Row(4, [null, null, "5", "Report de l'ex-fiche 4 : plateforme mobilité"], { a: 0, b: 10000, c: 0, d: reportCd }),
  ];
  const analyse = (reportCd: number) =>
    run([
      buildWorkbook("exécution 2022.xlsx", { E: execution2022 }),
      buildWorkbook("prévisionnel 2023.xlsx", { P: prevision(reportCd) }),
    ]);

  it("est rapprochée de la fiche 4 de 2022 par son intitulé, sans constat quand les reports concordent", () => {
    expect(short(analyse(10000).findings)).toEqual([]);
  });

  it("signale l'écart sur cette action, en disant comment elle a été rapprochée", () => {
    const findings = analyse(8000).findings;
    // Without a TOTAUX FINANCIERS row, the total's finding goes on the header cell of the column.
    expect(short(findings)).toEqual([
      ["report-incoherent", "error", "I2"],
      ["report-incoherent", "error", "I4"],
    ]);
    expect(findings[0].message).toContain("total de D = 13\u00a0000,00\u00a0€ (somme des actions)");
    expect(findings[1].message).toContain("Action rapprochée par la mention « ex-fiche 4 » de son intitulé.");
  });
});
