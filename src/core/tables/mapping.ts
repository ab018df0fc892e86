/**
 * Tables the user mapped by hand (settings.mappings: sheet, header row, family, column → key):
 * a table even when the vocabulary fails; letters, years and formulas are still read in the
 * header cells. A mapping that cannot be used gives a French reason instead.
 */
import { columnLetter } from "../grid/address";
import { parseHeader } from "./headerCell";
import { FAMILY_LABELS, KEY_LABELS, ROLE_LABELS } from "../referentiel/headers";
import { ColumnKey, IndicatorColumnRole } from "../referentiel/types";
import { TableMapping } from "../settings";
import { financialColumn, firstOfEachKey, firstOfSingleRoles, HeaderCellRead, indicatorColumn } from "./columns";
import { RecognisedHeader } from "./extent";
import { isMoneyKey } from "./family";
import { readCells } from "./header";
import { SheetScan, MAX_COLUMNS } from "./scan";

function isKey(value: string): value is ColumnKey {
  return Object.prototype.hasOwnProperty.call(KEY_LABELS, value);
}

function isRole(value: string): value is IndicatorColumnRole {
  return Object.prototype.hasOwnProperty.call(ROLE_LABELS, value);
}

/** The mapped columns (valid column numbers only), with their header cell (blank when the header is empty). */
function mappedCells(scan: SheetScan, mapping: TableMapping): [string, HeaderCellRead][] {
  const cells = readCells(scan, mapping.headerRow, null);
  return Object.entries(mapping.columns ?? {})
    .map(([col, value]) => [Number(col), String(value)] as const)
    .filter(([col]) => Number.isInteger(col) && col >= 0 && col < MAX_COLUMNS)
    .sort(([a], [b]) => a - b)
    .map(([col, value]) => [value, cells.find((c) => c.col === col) ?? { col, header: parseHeader("") }]);
}

/** The header described by a mapping, or the French reason it cannot be used. */
export function mappedHeader(scan: SheetScan, mapping: TableMapping): RecognisedHeader | string {
  const where = `correspondance manuelle de la feuille « ${mapping.sheet} », ligne ${mapping.headerRow + 1}`;
  if (!Number.isInteger(mapping.headerRow) || mapping.headerRow < 0 || mapping.headerRow >= scan.rowCount) {
    return `La ${where} est inutilisable : cette ligne n'existe pas dans la feuille.`;
  }
  const entries = mappedCells(scan, mapping);
  const cells = entries.map(([, cell]) => cell);
  const base = { mainRow: mapping.headerRow, groupRow: null, cells };
  const family = mapping.family;
  if (!Object.prototype.hasOwnProperty.call(FAMILY_LABELS, family)) {
    return `La ${where} est inutilisable : la famille « ${String(family)} » n'existe pas (F1 à F6, I1 à I3).`;
  }
  if (family === "I1" || family === "I2" || family === "I3") {
    const columns = firstOfSingleRoles(entries.flatMap(([v, cell]) => (isRole(v) ? [indicatorColumn(v, cell)] : [])));
    if (!columns.some((c) => c.role === "indicateur")) {
      return `La ${where} est inutilisable : aucune colonne n'est associée à « ${ROLE_LABELS.indicateur} ».`;
    }
    return { ...base, kind: "indicator", family, columns };
  }
  const columns = firstOfEachKey(entries.flatMap(([v, cell]) => (isKey(v) ? [financialColumn(v, cell)] : [])));
  if (!columns.some((c) => isMoneyKey(c.key))) {
    const given = entries.map(([v, cell]) => `${columnLetter(cell.col)} → ${v}`).join(", ") || "aucune colonne";
    return `La ${where} est inutilisable : aucune colonne de montant n'y est associée (${given}).`;
  }
  return { ...base, kind: "financial", family, columns };
}
