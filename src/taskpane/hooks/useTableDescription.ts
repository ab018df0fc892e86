/**
 * State of « Décrire ce tableau »: the sheet (service.sheetNames), its first rows
 * (service.sample), the header row the user points at, the family and each column's role
 * (guessed from the header text, or taken from an earlier mapping of the same row).
 */
import { useCallback, useEffect, useState } from "react";
import type { Family } from "../../core/referentiel/types";
import type { TableMapping } from "../../core/settings";
import type { WorkbookService } from "../../excel/service";
import { guessRole, mappingProblem } from "../model/mapping";
import { errorMessage, TEXTES } from "../textes";

/** Rows read to point at the header: titles and header are near the top of a sheet. */
export const SAMPLE_ROWS = 30;

export interface HeaderCell {
  col: number;
  text: string;
}

export type SampleState = { status: "loading" } | { status: "ready"; rows: string[][] } | { status: "error"; message: string };

export interface DescriptionStart {
  sheet: string | null;
  headerRow: number | null;
  mappings: readonly TableMapping[];
}

export function headerCells(rows: readonly string[][], headerRow: number | null): HeaderCell[] {
  if (headerRow === null) return [];
  return (rows[headerRow] ?? []).map((text, col) => ({ col, text: text.trim() })).filter((c) => c.text !== "");
}

function guessedColumns(family: Family, cells: readonly HeaderCell[]): Record<number, string> {
  const columns: Record<number, string> = {};
  for (const cell of cells) {
    const role = guessRole(family, cell.text);
    if (role) columns[cell.col] = role;
  }
  return columns;
}

export function useTableDescription(service: WorkbookService, start: DescriptionStart) {
  const [sheets, setSheets] = useState<string[]>([]);
  const [sheet, setSheet] = useState(start.sheet ?? "");
  const [sample, setSample] = useState<SampleState>({ status: "loading" });
  const [headerRow, setHeaderRow] = useState<number | null>(null);
  const [family, setFamily] = useState<Family>("F1");
  const [columns, setColumns] = useState<Record<number, string>>({});
  const [problem, setProblem] = useState<string | null>(null);

  const rows = sample.status === "ready" ? sample.rows : [];

  /** Columns of a newly chosen header row: the earlier mapping of that row, else guesses. */
  const pickRow = useCallback(
    (row: number, sampleRows: readonly string[][], sheetName: string, currentFamily: Family) => {
      const earlier = start.mappings.find((m) => m.sheet === sheetName && m.headerRow === row);
      const chosenFamily = earlier?.family ?? currentFamily;
      setHeaderRow(row);
      setFamily(chosenFamily);
      setColumns(earlier ? { ...earlier.columns } : guessedColumns(chosenFamily, headerCells(sampleRows, row)));
      setProblem(null);
    },
    [start.mappings],
  );

  useEffect(() => {
    service.sheetNames().then(
      (names) => {
        setSheets(names);
        setSheet((current) => (current && names.includes(current) ? current : (names[0] ?? "")));
        if (names.length === 0) setSample({ status: "ready", rows: [] });
      },
      (error) => setSample({ status: "error", message: errorMessage(error) }),
    );
  }, [service]);

  useEffect(() => {
    if (!sheet) return;
    let current = true;
    setSample({ status: "loading" });
    setHeaderRow(null);
    service.sample(sheet, SAMPLE_ROWS).then(
      (read) => {
        if (!current) return;
        setSample({ status: "ready", rows: read.rows });
        if (sheet === start.sheet && start.headerRow !== null && start.headerRow < read.rows.length) {
          pickRow(start.headerRow, read.rows, sheet, "F1");
        }
      },
      (error) => current && setSample({ status: "error", message: errorMessage(error) }),
    );
    return () => {
      current = false;
    };
  }, [service, sheet, start.sheet, start.headerRow, pickRow]);

  const chooseFamily = (next: Family) => {
    setFamily(next);
    setColumns(guessedColumns(next, headerCells(rows, headerRow)));
    setProblem(null);
  };

  const setRole = (col: number, role: string) => {
    setColumns((current) => {
      const next = { ...current };
      if (role) next[col] = role;
      else delete next[col];
      return next;
    });
    setProblem(null);
  };

  /** The mapping to store, or null after setting the French problem to show. */
  const mapping = (): TableMapping | null => {
    if (headerRow === null) {
      setProblem(TEXTES.description.aucuneLigne);
      return null;
    }
    const reason = mappingProblem(family, columns);
    setProblem(reason);
    return reason ? null : { sheet, headerRow, family, columns: { ...columns } };
  };

  return {
    sheets,
    sheet,
    setSheet,
    sample,
    headerRow,
    chooseRow: (row: number) => pickRow(row, rows, sheet, family),
    family,
    chooseFamily,
    cells: headerCells(rows, headerRow),
    columns,
    setRole,
    problem,
    setProblem,
    mapping,
  };
}
