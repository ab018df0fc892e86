/**
 * The « Anomalies » sheet: one line per finding, the regional checks first, then the findings of
 * every checked workbook; the file and the cell are links that open the workbook where it is.
 */
import { SEVERITY_LABEL, Severity } from "../../core";
import { identityLabel, Synthese } from "../../core/synthese";
import { NewCell, NewSheet } from "./model";
import { LinkMaker } from "./synthese-sheet";
import { BAD, HEADER, LINK, LOW, NOTE, textCell, TITLE } from "./synthese-styles";

export const ANOMALIES_SHEET = "Anomalies";
const HEADER_ROW = 2;
const HEADERS = ["Gravité", "Contrôle", "Département", "Fichier", "Feuille", "Cellule", "Message"];

interface Line {
  severity: Severity;
  control: string;
  departement: string | null;
  file: string | null;
  sheet: string | null;
  cell: string | null;
  message: string;
}

function departementLabels(s: Synthese): Map<string, string> {
  const labels = new Map<string, string>();
  for (const c of s.classeurs) {
    for (const identite of [c.departement, ...c.tables.map((t) => t.departement)]) {
      if (identite.key !== null && !labels.has(identite.key)) labels.set(identite.key, identityLabel(identite));
    }
  }
  return labels;
}

function linked(text: string | null, target: string | null, tooltip: string): NewCell {
  if (text === null || text === "") return textCell(null);
  return target ? { value: text, style: LINK, link: { target, tooltip } } : textCell(text);
}

function lineCells(line: Line, labels: Map<string, string>, link: LinkMaker): NewCell[] {
  const file = line.file;
  return [
    textCell(SEVERITY_LABEL[line.severity]),
    textCell(line.control),
    textCell(line.departement === null ? "" : (labels.get(line.departement) ?? line.departement)),
    linked(file, file ? link(file) : null, `Ouvrir « ${file} »`),
    textCell(line.sheet),
    linked(
      line.cell,
      file && line.sheet && line.cell ? link(file, line.sheet, line.cell) : null,
      `Ouvrir « ${file} » à la cellule ${line.cell}`,
    ),
    textCell(line.message, { border: true, wrap: true, vertical: "top" }),
  ];
}

export function anomaliesSheet(s: Synthese, link: LinkMaker): NewSheet {
  const labels = departementLabels(s);
  const lines: Line[] = [
    ...s.anomalies.map((a) => ({ ...a, control: a.id })),
    ...s.constats.map((c) => ({ ...c, control: c.ruleId })),
  ];
  const rows: (NewCell | null)[][] = [];
  rows[0] = [textCell(`Anomalies – campagne ${s.annee} : contrôles régionaux, puis constats de chaque classeur`, TITLE)];
  rows[1] = [
    textCell(
      `${s.anomalies.length} contrôle${s.anomalies.length > 1 ? "s" : ""} régiona${s.anomalies.length > 1 ? "ux" : "l"} et ${s.constats.length} constat${s.constats.length > 1 ? "s" : ""} ; chaque règle est décrite dans docs/regles/<contrôle>.md.`,
      NOTE,
    ),
  ];
  rows[HEADER_ROW] = HEADERS.map((h) => textCell(h, HEADER));
  lines.forEach((line, i) => (rows[HEADER_ROW + 1 + i] = lineCells(line, labels, link)));
  const first = HEADER_ROW + 2;
  const last = Math.max(HEADER_ROW + 1 + lines.length, first);
  return {
    name: ANOMALIES_SHEET,
    rows,
    widths: [14, 26, 24, 36, 22, 9, 110],
    freeze: { rows: HEADER_ROW + 1, cols: 0 },
    autoFilter: `A${HEADER_ROW + 1}:G${last}`,
    conditionalFormats: [
      { range: `A${first}:A${last}`, formula: `A${first}="${SEVERITY_LABEL.error}"`, style: BAD },
      { range: `A${first}:A${last}`, formula: `A${first}="${SEVERITY_LABEL.warning}"`, style: LOW },
    ],
    landscape: true,
  };
}
