/**
 * The two Pacte tables of a département, built from a readable list of its actions: the
 * « Prévisionnel Année 2024 » (F1, seed 000 l.575–591) and the « Prévisionnel Année 2025 »
 * récapitulatif (F2, seed 000 l.595–609, with the K = G+J formula corrected and every column
 * totalled, as a careful département sends it). Row formulas, sous-totaux and TOTAUX FINANCIERS
 * are written as formulas; the 2024 execution of each action is consistent (réalisé = crédits
 * 2024 − crédits non consommés, which are carried forward: F = B, G = D).
 */
import { totals } from "../../build/rows";
import { CellInput, SheetDescription } from "../../build/types";
import { EURO, F1_HEADER_2024, f2Header2025, PACTE_AXES, PACTE_CHORUS } from "../../descriptions/labels";

export type Axe = keyof typeof PACTE_AXES;

/** [État, CD, autres financeurs], in euros. */
export type Parts = [number, number, number];

export interface ActionPacte {
  axe: Axe;
  titre: string;
  /** Forecast 2024 (F1: A, B, C), which are also the credits of 2024 in the 2025 table (A, C, E). */
  prevu2024: Parts;
  /** Credits of 2024 not consumed [État, CD] (B, D of 2025), carried forward (F, G). */
  nonConsomme2024?: [number, number];
  /** Forecast 2025 (H, J, L); none for a département that sent no 2025 table. */
  prevu2025?: Parts;
}

export interface DepartementPacte {
  /** « - Région Hautes-Terres - Département des Hautes-Brumes (98) ». */
  titreRegion: string;
  actions: ActionPacte[];
}

const AXES: Axe[] = ["enfance", "droits", "transition"];

/** Rows of each axe, in order, with their first and last sheet row. */
function layout(
  d: DepartementPacte,
  firstRow: number,
): { axe: Axe; actions: ActionPacte[]; first: number; last: number; total: number }[] {
  let r = firstRow;
  return AXES.filter((axe) => d.actions.some((a) => a.axe === axe)).map((axe) => {
    const actions = d.actions.filter((a) => a.axe === axe);
    const first = r;
    r += actions.length;
    return { axe, actions, first, last: r - 1, total: r++ };
  });
}

function merges(blocks: ReturnType<typeof layout>, columns: string[]): string[] {
  return blocks.filter((b) => b.last > b.first).flatMap((b) => columns.map((c) => `${c}${b.first}:${c}${b.last}`));
}

export function pacteF1(d: DepartementPacte): SheetDescription {
  const rows: Record<number, CellInput[]> = {
    1: ["TABLEAU FINANCIER DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [d.titreRegion],
    3: ["Prévisionnel Année 2024"],
    5: F1_HEADER_2024,
  };
  const blocks = layout(d, 6);
  for (const b of blocks) {
    b.actions.forEach((a, i) => {
      const r = b.first + i;
      rows[r] = [i === 0 ? PACTE_AXES[b.axe] : null, `${i + 1}.`, a.titre, ...a.prevu2024, `=D${r}+E${r}+F${r}`];
    });
    rows[b.total] = totals([null, "Sous total", null], "D", "G", (c) => `=SUM(${c}${b.first}:${c}${b.last})`);
  }
  const totalRow = blocks[blocks.length - 1].total + 1;
  rows[totalRow] = totals(
    ["TOTAUX FINANCIERS", null, null],
    "D",
    "G",
    (c) => `=${blocks.map((b) => `${c}${b.total}`).join("+")}`,
  );
  return {
    name: "Prévisionnel 2024",
    rows,
    formats: { "D:G": EURO },
    merges: [...merges(blocks, ["A"]), `A${totalRow}:C${totalRow}`],
    widths: { A: 34, B: 10, C: 60, D: 18, E: 18, F: 18, G: 18 },
    headerRows: [5],
    boldRows: [1, 2, 3, totalRow],
  };
}

function f2Row(r: number, a: ActionPacte, first: boolean, axe: Axe, fiche: number): CellInput[] {
  const [etat, cd, autres] = a.prevu2024;
  const [b, d] = a.nonConsomme2024 ?? [0, 0];
  const [h, j, l] = a.prevu2025 ?? [0, 0, 0];
  const realise = etat + cd + autres - b - d;
  return [
    first ? PACTE_AXES[axe] : null,
    first ? PACTE_CHORUS[axe] : null,
    `${fiche}.`,
    a.titre,
    etat,
    b,
    cd,
    d,
    autres,
    realise,
    b,
    d,
    h,
    `=K${r}+M${r}`,
    j,
    `=L${r}+O${r}`,
    l,
    `=N${r}+P${r}+Q${r}`,
  ];
}

export function pacteF2(d: DepartementPacte): SheetDescription {
  const rows: Record<number, CellInput[]> = {
    1: ["TABLEAU FINANCIER RÉCAPITULATIF DU CONTRAT LOCAL DES SOLIDARITÉS"],
    2: [d.titreRegion],
    3: ["Prévisionnel Année 2025"],
    5: f2Header2025("G+J"),
  };
  const blocks = layout(d, 6);
  for (const b of blocks) {
    b.actions.forEach((a, i) => (rows[b.first + i] = f2Row(b.first + i, a, i === 0, b.axe, i + 1)));
    rows[b.total] = totals([null, null, "Sous total", null], "E", "R", (c) => `=SUM(${c}${b.first}:${c}${b.last})`);
  }
  const totalRow = blocks[blocks.length - 1].total + 1;
  rows[totalRow] = totals(
    ["TOTAUX FINANCIERS", null, null, null],
    "E",
    "R",
    (c) => `=${blocks.map((b) => `${c}${b.total}`).join("+")}`,
  );
  return {
    name: "Prévisionnel 2025",
    rows,
    formats: { "E:R": EURO },
    merges: [...merges(blocks, ["A", "B"]), `A${totalRow}:D${totalRow}`],
    widths: {
      A: 30,
      B: 28,
      C: 10,
      D: 50,
      E: 15,
      F: 15,
      G: 15,
      H: 15,
      I: 15,
      J: 15,
      K: 15,
      L: 15,
      M: 15,
      N: 15,
      O: 15,
      P: 15,
      Q: 15,
      R: 16,
    },
    headerRows: [5],
    boldRows: [1, 2, 3, totalRow],
  };
}
