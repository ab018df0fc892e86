/**
 * The « Par pilier » sheet: one row per département and axe / pilier / thème (the same amounts as
 * « Synthèse »), then « Total région par axe »: one row per axe whose amounts are SUMIF formulas
 * over the rows above (with their cached results), and rates computed from them.
 */
import { columnLetter } from "../../core/grid/address";
import {
  Colonne,
  COLONNES,
  ColonneId,
  groupeTitre,
  LigneAxe,
  SEUIL_PART_CD,
  SEUIL_SOUS_CONSOMMATION,
  Synthese,
} from "../../core/synthese";
import { NewCell, NewSheet } from "./model";
import { BAD, euros, GROUP_HEADER, HEADER, LOW, NOTE, textCell, TITLE, valueStyle } from "./synthese-styles";

export const PILIER_SHEET = "Par pilier";

/** Code, Département, Axe, then every amount and rate column of the synthesis that has a value per axe. */
const AMOUNTS = COLONNES.filter((c) => c.axe !== undefined);
const FIXED = 3;
const GROUP_ROW = 2;
const HEADER_ROW = 3;
const FIRST_DATA_ROW = 4;

const letterOf = (id: ColonneId) => columnLetter(FIXED + AMOUNTS.findIndex((c) => c.id === id));
const sumText = (ids: readonly ColonneId[], row: number) => ids.map((id) => `${letterOf(id)}${row}`).join("+");

function ratioFormula(c: Colonne, row: number): string {
  const ratio = c.ratio as NonNullable<Colonne["ratio"]>;
  const den = ratio.denominateur.length > 1 ? `(${sumText(ratio.denominateur, row)})` : sumText(ratio.denominateur, row);
  return `IF(${den}=0,"",${letterOf(ratio.numerateur)}${row}/${den})`;
}

function amountCell(c: Colonne, a: LigneAxe, row: number, total: boolean): NewCell {
  const value = c.axe?.(a) ?? null;
  const style = valueStyle(c.kind, total);
  if (c.kind === "taux") {
    const numerator = AMOUNTS.find((x) => x.id === c.ratio?.numerateur)?.axe?.(a) ?? null;
    return numerator === null ? textCell(null, style) : { value: value ?? "", formula: ratioFormula(c, row), style };
  }
  if (value === null) return textCell(null, style);
  return c.somme ? { value: euros(value), formula: sumText(c.somme, row), style } : { value: euros(value), style };
}

interface Entry {
  code: string;
  nom: string;
  axe: LigneAxe;
}

/** One label per axe key (the first met), so that SUMIF finds every row of the axe. */
function entries(s: Synthese): Entry[] {
  const labels = new Map<string, string>();
  return s.lignes.flatMap((l) =>
    l.parAxe.map((axe) => {
      if (!labels.has(axe.key)) labels.set(axe.key, axe.label);
      return { code: l.code ?? "", nom: l.nom, axe: { ...axe, label: labels.get(axe.key) as string } };
    }),
  );
}

/** Sums of one axe over the départements, and its rates: the cached results of its total row. */
function axeTotal(list: readonly Entry[], key: string): Map<ColonneId, number | null> {
  const rows = list.filter((e) => e.axe.key === key).map((e) => e.axe);
  const totals = new Map<ColonneId, number | null>();
  for (const c of AMOUNTS.filter((x) => x.kind === "montant")) {
    const values = rows.map((a) => c.axe?.(a) ?? null).filter((v): v is number => v !== null);
    totals.set(c.id, values.length === 0 ? null : values.reduce((x, y) => x + y, 0));
  }
  for (const c of AMOUNTS.filter((x) => x.ratio)) {
    const r = c.ratio as NonNullable<Colonne["ratio"]>;
    const num = totals.get(r.numerateur) ?? null;
    const den = r.denominateur.reduce((n, id) => n + (totals.get(id) ?? 0), 0);
    totals.set(c.id, num === null || den === 0 ? null : num / den);
  }
  return totals;
}

function totalRowCells(list: readonly Entry[], key: string, label: string, row: number, first: number, last: number): NewCell[] {
  const total = axeTotal(list, key);
  const labelRange = `$C$${first}:$C$${last}`;
  return [
    textCell("", valueStyle("texte", true)),
    textCell("Total région", valueStyle("texte", true)),
    textCell(label, valueStyle("texte", true)),
    ...AMOUNTS.map((c): NewCell => {
      const value = total.get(c.id) ?? null;
      if (c.kind === "taux") {
        const numerator = total.get((c.ratio as NonNullable<Colonne["ratio"]>).numerateur) ?? null;
        if (numerator === null) return textCell(null, valueStyle("taux", true));
        return { value: value ?? "", formula: ratioFormula(c, row), style: valueStyle("taux", true) };
      }
      const col = letterOf(c.id);
      return {
        value: euros(value ?? 0),
        formula: `SUMIF(${labelRange},$C${row},${col}$${first}:${col}$${last})`,
        style: valueStyle(c.kind, true),
      };
    }),
  ];
}

export function pilierSheet(s: Synthese): NewSheet {
  const list = entries(s);
  const rows: (NewCell | null)[][] = [];
  rows[0] = [
    textCell(
      `Montants par axe, pilier ou thème – campagne ${s.annee} (prévisionnel ${s.annee}, exécution ${s.annee - 1})`,
      TITLE,
    ),
  ];
  rows[1] = [
    textCell(
      "Pacte : par pilier (axe du contrat ou code Chorus) ; CALPAE : par code Chorus de la mesure, sinon par thème tel qu'écrit.",
      NOTE,
    ),
  ];
  const groups = ["Département", "", "", ...AMOUNTS.map((c) => groupeTitre(c.groupe, s.annee))];
  rows[GROUP_ROW] = groups.map((g, i) => ({ value: i === 0 || g !== groups[i - 1] ? g || null : null, style: GROUP_HEADER }));
  rows[HEADER_ROW] = ["Code", "Département", "Axe, pilier ou thème", ...AMOUNTS.map((c) => c.titre)].map((t) =>
    textCell(t, HEADER),
  );
  list.forEach((e, i) => {
    const row = FIRST_DATA_ROW + i + 1;
    rows[FIRST_DATA_ROW + i] = [
      textCell(e.code),
      textCell(e.nom),
      textCell(e.axe.label),
      ...AMOUNTS.map((c) => amountCell(c, e.axe, row, false)),
    ];
  });
  const first = FIRST_DATA_ROW + 1;
  const last = Math.max(FIRST_DATA_ROW + list.length, first);
  const keys = [...new Map(list.map((e) => [e.axe.key, e.axe.label])).entries()];
  const totalsTitle = FIRST_DATA_ROW + list.length + 1;
  rows[totalsTitle] = [textCell("Total région par axe, pilier ou thème", TITLE)];
  keys.forEach(([key, label], i) => {
    const index = totalsTitle + 1 + i;
    rows[index] = totalRowCells(list, key, label, index + 1, first, last);
  });
  const lastRow = totalsTitle + 1 + keys.length;
  const lastLetter = columnLetter(FIXED + AMOUNTS.length - 1);
  const range = (id: ColonneId) => `${letterOf(id)}${first}:${letterOf(id)}${lastRow}`;
  const prevEnd = FIXED + AMOUNTS.filter((c) => c.groupe === "prevision").length - 1;
  return {
    name: PILIER_SHEET,
    rows,
    widths: [7, 24, 48, ...AMOUNTS.map((c) => (c.kind === "taux" ? 11 : 15))],
    heights: { [HEADER_ROW]: 48 },
    merges: [
      `A${GROUP_ROW + 1}:C${GROUP_ROW + 1}`,
      `D${GROUP_ROW + 1}:${columnLetter(prevEnd)}${GROUP_ROW + 1}`,
      `${columnLetter(prevEnd + 1)}${GROUP_ROW + 1}:${lastLetter}${GROUP_ROW + 1}`,
    ],
    freeze: { rows: FIRST_DATA_ROW, cols: FIXED },
    autoFilter: `A${HEADER_ROW + 1}:${lastLetter}${last}`,
    conditionalFormats: [
      {
        range: range("partCd"),
        formula: `AND(ISNUMBER(${letterOf("partCd")}${first}),${letterOf("partCd")}${first}<${SEUIL_PART_CD})`,
        style: BAD,
      },
      {
        range: range("tauxConsommation"),
        formula: `AND(ISNUMBER(${letterOf("tauxConsommation")}${first}),${letterOf("tauxConsommation")}${first}<${SEUIL_SOUS_CONSOMMATION})`,
        style: LOW,
      },
    ],
    landscape: true,
  };
}
