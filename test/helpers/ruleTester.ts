/**
 * RuleTester, after ESLint's: a small readable table in, the findings of one rule out.
 * Tables are built by hand here (sheet + recognised table), so that rule tests do not depend on
 * table recognition; recognition has its own tests, and the sample workbooks test both together.
 */
import { cellAddress, columnLetter } from "../../src/core/grid/address";
import { Workbook } from "../../src/core/grid/model";
import { createRuleContext } from "../../src/core/engine/context";
import { ColumnKey, Dispositif, FinancialFamily, IndicatorColumnRole, IndicatorFamily } from "../../src/core/referentiel/types";
import { Finding, Rule } from "../../src/core/rules/types";
import { Settings, withDefaults } from "../../src/core/settings";
import {
  FinancialRow,
  FinancialRowKind,
  FinancialTable,
  IndicatorColumn,
  IndicatorKind,
  IndicatorRow,
  IndicatorTable,
  RowGroup,
  Table,
  TableColumn,
} from "../../src/core/tables/model";
import { CellSpec, fillSheet, SheetOptions } from "./sheet";

/** Verbatim headers of the templates (SPEC §3), by family and key. */
export const TEMPLATE_HEADERS: Record<string, Partial<Record<ColumnKey, string>>> = {
  F1: {
    axe: "Axes de la contractualisation",
    fiche: "Fiche action N°",
    intitule: "Intitulé de l'action",
    etatNotifie: "A Participation État notifiée pour la convention 2024",
    cdAffecte: "B Crédits CD affectés pour la convention 2024",
    autres: "C Participation d'autres financeurs le cas échéant",
    budget: "F Budget global de l'action prévu en 2024 (A+B+C)",
  },
  F2: {
    axe: "Axes de la contractualisation",
    chorus: "Imputation chorus (code chorus - description longue)",
    fiche: "Fiche action N°",
    intitule: "Intitulé de l'action une ligne par action financée",
    etatVerse: "A Crédits État versés en 2024",
    etatNonConsomme: "B Crédits État 2024 non consommés",
    cdAffecte: "C Crédits CD affectés en 2024",
    cdNonConsomme: "D Crédits CD 2024 non consommés",
    autres: "E Participation d'autres financeurs le cas échéant",
    realise: "Montant total réalisé au 31/12/2024",
    reportEtat: "F Montant à reporter en 2025 - Part État",
    reportCd: "G Montant à reporter en 2025 - Part CD",
    etatNotifie: "H Participation État notifiée pour la convention 2025",
    etatTotal: "I Budget total État prévu pour 2025 (F+H)",
    cdAffecteConvention: "J Crédits CD affectés pour la convention 2025",
    cdTotal: "K Budget total CD prévu pour 2025 (G+I)",
    autresPrevus: "L Participation d'autres financeurs le cas échéant pour 2025",
    budget: "M Budget global de l'action prévu en 2025 (I+K+L)",
  },
  F3: {
    axe: "Thème de la contractualisation",
    chorus: "Imputation chorus (code chorus - description longue)",
    fiche: "Fiche action N°",
    intitule: "Intitulé de l'action (une ligne par action financée)",
    etatVerse: "A Crédits Etats versés en 2022",
    etatReporte: "B Crédits Etat 2021 (le cas échéant 2020) reportés sur 2022 (le cas échéant)",
    cdAffecte: "C Crédits CD affectés en 2022",
    cdReporte: "D Crédits CD 2021 (le cas échéant 2020) reprogrammés sur 2022 (le cas échéant)",
    autres: "E Participation d'autres financeurs le cas échéant",
    budget: "F Budget global de l'action prévu en 2022 A+B+C+D+E",
    realise: "Montant total réalisé au 31/12/2022",
    valorisation: "Dont valorisation de dépenses du CD",
    reportEtat: "Montant à reporter en 2023 - Part Etat",
    reportCd: "Montant à reporter en 2023 - Part CD",
    commentaire: "Commentaire",
  },
  F4: {
    axe: "Thème de la contractualisation",
    chorus: "Imputation chorus (code chorus - description longue)",
    fiche: "Fiche action N°",
    intitule: "Intitulé de l'action",
    etatNotifie: "A Participation État notifiée pour la convention 2023 (nouveaux crédits Etat 2023)",
    etatReporte: "B Crédits Etat 2022 reportés sur 2023 (le cas échéant)",
    cdAffecte: "C Crédits CD affectés pour la convention 2023",
    valorisation: "Dont valorisation CD",
    cdReporte: "D Crédits CD 2022 reportés sur 2023 (le cas échéant)",
    autres: "E Participation d'autres financeurs le cas échéant",
    budget: "F Budget global de l'action prévu en 2023 (A+B+C+D+E)",
    commentaire: "Commentaire",
  },
  F5: { intitule: "Fiche action", budget: "Budget global", etat: "Participation Etat", cd: "Participation CD" },
  F6: {
    intitule: "Action",
    executeN1: "Montant exécuté 2022 (si action antérieure à 2023)",
    cd: "Montant prévisionnel 2023 (CD)",
    etat: "Montant prévisionnel 2023 (Etat)",
    fse: "Montant prévisionnel 2023 (FSE)",
    budget: "Montant total",
  },
};

const LEVEL: Record<FinancialRowKind, number> = {
  axe: 0,
  action: 0,
  empty: 0,
  header: 0,
  title: 0,
  sousTotal: 1,
  sousTotalSection: 2,
  total: 3,
  controle: 4,
};

function letterAndFormula(header: string): { letter: string | null; headerFormula: string | null; year: number | null } {
  const m = /^([A-Z])\s/.exec(header);
  const f = /\(?([A-Z](?:\+[A-Z])+)\)?\s*$/.exec(header);
  const y = /(20\d\d)(?!.*20\d\d)/.exec(header);
  return { letter: m ? m[1] : null, headerFormula: f ? f[1] : null, year: y ? Number(y[1]) : null };
}

export interface FinancialSpec {
  family: FinancialFamily;
  dispositif?: Dispositif;
  year?: number;
  file?: string;
  sheet?: string;
  /** Existing workbook to add the sheet to (cross-table tests). */
  workbook?: Workbook;
  /** Lines above the header. */
  titles?: string[];
  /** Column i of the sheet: a key (header from TEMPLATE_HEADERS) or [key, header text]. */
  columns: (ColumnKey | [ColumnKey, string])[];
  /** Each row: its kind, then its cells from column A. */
  rows: [FinancialRowKind, ...CellSpec[]][];
  /** Sections of CALPAE tables: row index (in rows) → section from that row on. */
  sections?: Record<number, "socle" | "initiative">;
  sheetOptions?: SheetOptions;
}

/** Builds the sheet and the FinancialTable the recogniser would produce for it. */
export function financialTable(spec: FinancialSpec): FinancialTable {
  const wb = spec.workbook ?? new Workbook(spec.file ?? "classeur.xlsx");
  const sheet = wb.addSheet(spec.sheet ?? `Feuille${wb.sheets.length + 1}`);
  const titles = spec.titles ?? [];
  const headerRow = titles.length;
  const headerTexts = spec.columns.map((c) => (Array.isArray(c) ? c[1] : (TEMPLATE_HEADERS[spec.family]?.[c] ?? c)));
  const grid: CellSpec[][] = [...titles.map((t) => [t]), headerTexts, ...spec.rows.map(([, ...cells]) => cells)];
  fillSheet(sheet, grid, spec.sheetOptions);

  const columns: TableColumn[] = spec.columns.map((c, col) => {
    const key = Array.isArray(c) ? c[0] : c;
    return { key, col, header: headerTexts[col], ...letterAndFormula(headerTexts[col]) };
  });
  const colOf = (key: ColumnKey) => columns.find((c) => c.key === key)?.col;
  const text = (row: number, key: ColumnKey): string | null => {
    const col = colOf(key);
    if (col === undefined) return null;
    const v = sheet.shownValue(row, col);
    return v === null || v === undefined || v === "" ? null : String(v);
  };

  const rows: FinancialRow[] = [];
  const groups: RowGroup[] = [];
  let axe: string | null = null;
  let axeRow: number | null = null;
  let chorus: FinancialRow["chorus"] = null;
  let current: RowGroup | null = null;
  let section: "socle" | "initiative" | null = null;
  spec.rows.forEach(([kind], i) => {
    const row = headerRow + 1 + i;
    if (spec.sections?.[i]) section = spec.sections[i];
    const axeText = text(row, "axe");
    if (axeText && kind !== "sousTotal" && kind !== "sousTotalSection" && kind !== "total" && kind !== "controle") {
      axe = axeText;
      axeRow = row;
      current = null;
    }
    const chorusCol = colOf("chorus");
    if (chorusCol !== undefined) {
      const m = sheet.mergeAt(row, chorusCol);
      const r0 = m ? m.r1 : row;
      const c0 = m ? m.c1 : chorusCol;
      const raw = sheet.value(r0, c0);
      if (raw !== null && raw !== "") chorus = { raw: String(raw), row: r0, col: c0 };
      else if (kind === "axe") chorus = null;
    }
    let group: number | null = null;
    if (kind === "axe" || kind === "action" || kind === "empty") {
      if (!current) {
        current = { index: groups.length, axe, axeRow, rows: [], sousTotalRow: null, section };
        groups.push(current);
      }
      if (kind !== "axe") current.rows.push(row);
      group = current.index;
    } else if (kind === "sousTotal") {
      if (current) {
        current.sousTotalRow = row;
        group = current.index;
      }
      current = null;
    } else if (kind === "sousTotalSection" || kind === "total" || kind === "controle") {
      current = null;
    }
    const fiche = text(row, "fiche");
    rows.push({
      row,
      kind,
      level: LEVEL[kind],
      label: kind === "axe" ? (axeText ?? "") : (fiche ?? text(row, "intitule") ?? ""),
      fiche: fiche ? fiche.replace(/\.$/, "").trim() : null,
      title: text(row, "intitule"),
      axe: kind === "total" || kind === "controle" || kind === "sousTotalSection" ? null : axe,
      chorus: kind === "action" || kind === "empty" || kind === "axe" || kind === "sousTotal" ? chorus : null,
      group,
      section,
    });
  });
  const lastRow = headerRow + spec.rows.length;
  const lastCol = spec.columns.length - 1;
  return {
    kind: "financial",
    id: `${sheet.name}!A1:${columnLetter(lastCol)}${lastRow + 1}`,
    workbook: wb,
    sheet,
    headerRow,
    repeatedHeaderRows: [],
    range: { r1: 0, c1: 0, r2: lastRow, c2: lastCol },
    titles,
    dispositif: spec.dispositif ?? (spec.family === "F3" || spec.family === "F4" ? "calpae" : "pacte"),
    year: spec.year ?? null,
    detection: "table construite pour le test",
    family: spec.family,
    columns,
    rows,
    groups,
  };
}

export interface IndicatorSpec {
  family?: IndicatorFamily;
  dispositif?: Dispositif;
  year?: number;
  file?: string;
  sheet?: string;
  workbook?: Workbook;
  /** Column i: [role, header, year?, period?]. */
  columns: [IndicatorColumnRole, string, (number | null)?, IndicatorColumn["period"]?][];
  /**
   * Rows from the row after the header: cells from column A, with optional meta.
   * `parent` is the index (in rows) of the parent indicator of a « dont » row.
   */
  rows: {
    kind?: IndicatorRow["kind"];
    cells: CellSpec[];
    indicatorKind?: IndicatorKind;
    parent?: number;
    inlineDont?: boolean;
  }[];
}

export function indicatorTable(spec: IndicatorSpec): IndicatorTable {
  const wb = spec.workbook ?? new Workbook(spec.file ?? "indicateurs.xlsx");
  const sheet = wb.addSheet(spec.sheet ?? `Indicateurs${wb.sheets.length + 1}`);
  fillSheet(sheet, [spec.columns.map((c) => c[1]), ...spec.rows.map((r) => r.cells)]);
  const columns: IndicatorColumn[] = spec.columns.map(([role, header, year, period], col) => ({
    role,
    col,
    header,
    year: year ?? null,
    period: period ?? "annee",
  }));
  const labelCol = columns.find((c) => c.role === "indicateur")?.col ?? 1;
  const actionCol = columns.find((c) => c.role === "action")?.col ?? 0;
  let action: string | null = null;
  const rows: IndicatorRow[] = spec.rows.map((r, i) => {
    const row = i + 1;
    const a = sheet.value(row, actionCol);
    if (typeof a === "string" && a.trim()) action = a;
    const label = String(sheet.value(row, labelCol) ?? "");
    return {
      row,
      kind: r.kind ?? "indicator",
      action,
      label,
      indicatorKind: r.indicatorKind ?? "count",
      parentRow: r.parent === undefined ? null : r.parent + 1,
      inlineDont: r.inlineDont ?? false,
    };
  });
  const lastCol = spec.columns.length - 1;
  return {
    kind: "indicator",
    family: spec.family ?? "I1",
    id: `${sheet.name}!A1:${cellAddress(spec.rows.length, lastCol)}`,
    workbook: wb,
    sheet,
    headerRow: 0,
    repeatedHeaderRows: [],
    range: { r1: 0, c1: 0, r2: spec.rows.length, c2: lastCol },
    titles: [],
    dispositif: spec.dispositif ?? "pacte",
    year: spec.year ?? null,
    detection: "table construite pour le test",
    columns,
    rows,
  };
}

/** Runs one rule on the given tables and returns its findings. */
export function runRule(rule: Rule, tables: Table | Table[], settings: Partial<Settings> = {}): Finding[] {
  const findings: Finding[] = [];
  const list = Array.isArray(tables) ? tables : [tables];
  rule.check(createRuleContext(rule, list, withDefaults(settings), findings));
  return findings;
}

/** Findings reduced to what a test usually pins: cell, severity, message, fix. */
export function summary(findings: Finding[]) {
  return findings.map((f) => ({ cell: f.cell, severity: f.severity, message: f.message, fix: f.fix }));
}
