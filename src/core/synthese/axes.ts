/**
 * The axe / pilier / thème of an action row, as a key shared by every département of the région:
 * - Pacte: the pilier (1, 3, 4), from the axe label (« Axe Lutter contre la grande exclusion… »,
 *   « Axe 3 ») or the Chorus code of the row;
 * - CALPAE: the Chorus activity code (0304 50 19 19 NN: the same for every département), else the
 *   thème label as written;
 * - otherwise « sans axe ».
 */
import { parseChorusCell, formatChorusCode } from "../parse/chorus";
import { chorusActivity } from "../referentiel/chorus";
import { PACTE_AXES, pacteAxeOf } from "../referentiel/dispositifs";
import { chorusText } from "../rules/util/chorus";
import { FinancialRow, FinancialTable } from "../tables/model";
import { nameKey } from "./identite";
import { AxeRef } from "./types";

const NO_AXE: AxeRef = { key: "sans-axe", label: "Sans axe ni thème" };

function pilierRef(pilier: number): AxeRef {
  const axe = PACTE_AXES.find((a) => a.pilier === pilier);
  const label = axe ? axe.label.replace(/^Axe\s+/, "") : "";
  return { key: `pilier-${pilier}`, label: `Pilier ${pilier} – ${label}` };
}

function chorusRef(table: FinancialTable, row: FinancialRow): AxeRef | null {
  if (!row.chorus) return null;
  const digits = parseChorusCell(chorusText(table, row.chorus.row, row.chorus.col)).digits;
  if (digits === null || digits.length !== 12) return null;
  const activity = chorusActivity(digits);
  if (activity?.pilier) return pilierRef(activity.pilier);
  return { key: `chorus-${digits}`, label: `${formatChorusCode(digits)} – ${activity?.label ?? "code Chorus hors catalogue"}` };
}

/** The regional axe key of an action row. */
export function axeOf(table: FinancialTable, row: FinancialRow): AxeRef {
  const pacte = row.axe ? pacteAxeOf(row.axe) : undefined;
  if (pacte && table.dispositif !== "calpae") return pilierRef(pacte.pilier);
  const chorus = chorusRef(table, row);
  if (chorus) return chorus;
  if (pacte) return pilierRef(pacte.pilier);
  if (row.axe) return { key: `theme:${nameKey(row.axe)}`, label: row.axe };
  return NO_AXE;
}

/** Piliers first (1, 3, 4), then Chorus codes, then thèmes by name, « sans axe » last. */
export function compareAxes(a: AxeRef, b: AxeRef): number {
  const rank = (x: AxeRef) => (x.key.startsWith("pilier-") ? 0 : x.key.startsWith("chorus-") ? 1 : x.key === NO_AXE.key ? 3 : 2);
  return rank(a) - rank(b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
