/**
 * The « Synthèse » sheet: one row per département for campagne N (forecast of N, execution of
 * N−1), the columns of src/core/synthese/colonnes.ts. Computed columns are live formulas with
 * their cached result (budget = sum of its parts, rates = quotient), the « Total région » row adds
 * each column with SUM; rates below the thresholds are coloured by conditional formats, absent
 * départements greyed; the source files are links.
 */
import { columnLetter } from "../../core/grid/address";
import { formatDateFr, formatEuros, formatPercentFr } from "../../core/parse/format";
import {
  Colonne,
  colonne,
  COLONNES,
  ColonneId,
  groupeTitre,
  LigneDepartement,
  SEUIL_PART_CD,
  SEUIL_SOUS_CONSOMMATION,
  STATUT_LABEL,
  Synthese,
  totalDe,
} from "../../core/synthese";
import { NewCell, NewSheet } from "./model";
import { ABSENT, BAD, euros, GROUP_HEADER, HEADER, LINK, LOW, NOTE, textCell, TITLE, valueStyle } from "./synthese-styles";

/** Where a file, a sheet and a cell open from the synthesis workbook (null: no link). */
export type LinkMaker = (file: string, sheet?: string | null, cell?: string | null) => string | null;

export const SYNTHESE_SHEET = "Synthèse";
/** 0-based rows of the sheet's layout. */
const GROUP_ROW = 2;
const HEADER_ROW = 3;
export const FIRST_DATA_ROW = 4;

const letterOf = (id: ColonneId) => columnLetter(COLONNES.findIndex((c) => c.id === id));

/** « E5+F5+G5 », « (E5+G5) ». */
const sumText = (ids: readonly ColonneId[], row: number) => ids.map((id) => `${letterOf(id)}${row}`).join("+");

function ratioFormula(c: Colonne, row: number): string {
  const ratio = c.ratio as NonNullable<Colonne["ratio"]>;
  const den = ratio.denominateur.length > 1 ? `(${sumText(ratio.denominateur, row)})` : sumText(ratio.denominateur, row);
  return `IF(${den}=0,"",${letterOf(ratio.numerateur)}${row}/${den})`;
}

function ratioCell(c: Colonne, row: number, value: number | null, total: boolean): NewCell {
  return { value: value ?? "", formula: ratioFormula(c, row), style: valueStyle("taux", total) };
}

/** The cell of one column in a département's row (Excel row `row`). */
function dataCell(c: Colonne, l: LigneDepartement, row: number, link: LinkMaker): NewCell {
  const value = c.valeur(l);
  const style = valueStyle(c.kind);
  if (c.kind === "taux") {
    const numerator = COLONNES.find((x) => x.id === c.ratio?.numerateur)?.valeur(l) ?? null;
    return numerator === null ? textCell(null, style) : ratioCell(c, row, value as number | null, false);
  }
  if (c.kind === "montant") {
    if (value === null) return textCell(null, style);
    const cached = euros(value as number);
    return c.somme ? { value: cached, formula: sumText(c.somme, row), style } : { value: cached, style };
  }
  const source = c.source?.(l);
  const target = source ? link(source.file, source.sheet, source.range.split(":")[0]) : null;
  if (target && typeof value === "string" && value !== "") {
    return { value, style: LINK, link: { target, tooltip: `Ouvrir « ${source?.file} », feuille « ${source?.sheet} »` } };
  }
  return typeof value === "number" ? { value, style } : textCell(value as string | null, style);
}

function totalCell(c: Colonne, lignes: readonly LigneDepartement[], row: number): NewCell {
  const value = totalDe(c, lignes);
  const first = FIRST_DATA_ROW + 1;
  const last = row - 1;
  if (c.kind === "taux") {
    const numerator = totalDe(colonne((c.ratio as NonNullable<Colonne["ratio"]>).numerateur), lignes);
    return numerator === null ? textCell(null, valueStyle("taux", true)) : ratioCell(c, row, value as number | null, true);
  }
  if (c.kind === "montant" || c.kind === "nombre") {
    const cached = c.kind === "montant" ? euros((value as number | null) ?? 0) : ((value as number | null) ?? 0);
    return {
      value: cached,
      formula: `SUM(${columnLetter(COLONNES.indexOf(c))}${first}:${columnLetter(COLONNES.indexOf(c))}${last})`,
      style: valueStyle(c.kind, true),
    };
  }
  return textCell(value as string, valueStyle("texte", true));
}

function groupRow(annee: number): { cells: NewCell[]; merges: string[] } {
  const cells: NewCell[] = [];
  const merges: string[] = [];
  let start = 0;
  COLONNES.forEach((c, i) => {
    cells.push({ value: i === start ? groupeTitre(c.groupe, annee) : null, style: GROUP_HEADER });
    const next = COLONNES[i + 1];
    if (!next || next.groupe !== c.groupe) {
      if (i > start) merges.push(`${columnLetter(start)}${GROUP_ROW + 1}:${columnLetter(i)}${GROUP_ROW + 1}`);
      start = i + 1;
    }
  });
  return { cells, merges };
}

const WIDTH: Record<Colonne["kind"], number> = { texte: 14, montant: 15, taux: 11, nombre: 10 };
const WIDTH_BY_ID: Partial<Record<ColonneId, number>> = {
  code: 7,
  nom: 24,
  dispositif: 20,
  statut: 15,
  fiabilite: 12,
  sourcePrevision: 38,
  sourceExecution: 38,
};

const percent = (ratio: number) => formatPercentFr(ratio * 100, 0);

function notes(s: Synthese, totalRow: number, today: Date): { rows: (NewCell | null)[][]; first: number } {
  const envelope =
    s.enveloppe === null
      ? []
      : [
          [
            null,
            textCell(`Enveloppe régionale ${s.annee} (crédits État)`, { bold: true }),
            null,
            null,
            { value: euros(s.enveloppe), style: valueStyle("montant") },
          ],
          [
            null,
            textCell("Reste à répartir (enveloppe − État notifié)", { bold: true }),
            null,
            null,
            {
              value: euros(s.enveloppe - s.totaux.prevision.etat),
              formula: `E${totalRow + 2}-${letterOf("pEtat")}${totalRow}`,
              style: valueStyle("montant"),
            },
          ],
        ];
  const lines = [
    `Campagne ${s.annee} : prévisionnel ${s.annee} et exécution ${s.annee - 1}, un département par ligne. Montants recalculés à partir des lignes d'action des tableaux contrôlés (les sous-totaux et totaux des classeurs ne sont pas repris).`,
    `En rouge : part du Département inférieure à ${percent(SEUIL_PART_CD)} des crédits État + CD, ou tableau à vérifier (erreurs ou montants illisibles : voir la feuille « Anomalies »). En orange : taux de consommation inférieur à ${percent(SEUIL_SOUS_CONSOMMATION)}. En gris : département présent en ${s.annee - 1} et absent en ${s.annee}.`,
    `Généré le ${formatDateFr(today)} par VerifPacte à partir de ${s.classeurs.length} classeur${s.classeurs.length > 1 ? "s" : ""}${s.enveloppe === null ? "" : ` ; total État notifié ${formatEuros(s.totaux.prevision.etat)}`}.`,
  ];
  return { rows: [...envelope, ...lines.map((t) => [textCell(t, NOTE)])], first: totalRow + 1 };
}

export function syntheseSheet(s: Synthese, link: LinkMaker, today: Date): NewSheet {
  const rows: (NewCell | null)[][] = [];
  rows[0] = [
    textCell(`Synthèse régionale VerifPacte – campagne ${s.annee} (prévisionnel ${s.annee}, exécution ${s.annee - 1})`, TITLE),
  ];
  rows[1] = [
    textCell(
      `${s.lignes.length} département${s.lignes.length > 1 ? "s" : ""} ; années trouvées dans les classeurs : ${s.anneesTrouvees.join(", ")}.`,
      NOTE,
    ),
  ];
  const group = groupRow(s.annee);
  rows[GROUP_ROW] = group.cells;
  rows[HEADER_ROW] = COLONNES.map((c) => textCell(c.titre, HEADER));
  s.lignes.forEach((l, i) => {
    const row = FIRST_DATA_ROW + i + 1;
    rows[FIRST_DATA_ROW + i] = COLONNES.map((c) => dataCell(c, l, row, link));
  });
  const totalIndex = FIRST_DATA_ROW + s.lignes.length;
  const totalRow = totalIndex + 1;
  rows[totalIndex] = COLONNES.map((c) => totalCell(c, s.lignes, totalRow));
  const below = notes(s, totalRow, today);
  below.rows.forEach((r, i) => (rows[totalIndex + 2 + i] = r));
  const lastData = Math.max(totalRow - 1, FIRST_DATA_ROW + 1);
  const lastLetter = columnLetter(COLONNES.length - 1);
  const data = (id: ColonneId, toRow: number) => `${letterOf(id)}${FIRST_DATA_ROW + 1}:${letterOf(id)}${toRow}`;
  const first = FIRST_DATA_ROW + 1;
  return {
    name: SYNTHESE_SHEET,
    rows,
    widths: COLONNES.map((c) => WIDTH_BY_ID[c.id] ?? WIDTH[c.kind]),
    heights: { [HEADER_ROW]: 48 },
    merges: group.merges,
    freeze: { rows: FIRST_DATA_ROW, cols: 2 },
    autoFilter: `A${HEADER_ROW + 1}:${lastLetter}${lastData}`,
    conditionalFormats: [
      {
        range: `A${first}:${lastLetter}${lastData}`,
        formula: `$${letterOf("statut")}${first}="${STATUT_LABEL.absent}"`,
        style: ABSENT,
      },
      {
        range: data("partCd", totalRow),
        formula: `AND(ISNUMBER(${letterOf("partCd")}${first}),${letterOf("partCd")}${first}<${SEUIL_PART_CD})`,
        style: BAD,
      },
      {
        range: data("tauxConsommation", totalRow),
        formula: `AND(ISNUMBER(${letterOf("tauxConsommation")}${first}),${letterOf("tauxConsommation")}${first}<${SEUIL_SOUS_CONSOMMATION})`,
        style: LOW,
      },
      { range: data("fiabilite", lastData), formula: `${letterOf("fiabilite")}${first}="à vérifier"`, style: BAD },
    ],
    landscape: true,
  };
}
