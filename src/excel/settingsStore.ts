/**
 * The settings kept in the workbook (SPEC §7): JSON in column A of a very hidden sheet, cut into
 * pieces under Excel's 32 767 characters per cell. What is read back is checked field by field:
 * a damaged or hand-edited value falls back to its default, never crashes the add-in.
 */
import { Family } from "../core/referentiel/types";
import { DEFAULT_SETTINGS, Settings, TableMapping } from "../core/settings";

/** Characters per cell (Excel's limit is 32 767). */
export const SETTINGS_CHUNK = 30_000;

const FAMILIES: readonly Family[] = ["F1", "F2", "F3", "F4", "F5", "F6", "I1", "I2", "I3"];

export function settingsChunks(settings: Settings): string[] {
  const json = JSON.stringify(settings);
  const chunks: string[] = [];
  for (let i = 0; i < json.length; i += SETTINGS_CHUNK) chunks.push(json.slice(i, i + SETTINGS_CHUNK));
  return chunks;
}

/** Column A of the settings sheet's values, as texts. */
export function columnTexts(values: unknown[][]): string[] {
  return values.map((row) => String(row[0] ?? ""));
}

export interface StoredSettings {
  settings: Settings;
  /** French message when the stored settings could not be read. */
  error: string | null;
}

export function parseStoredSettings(chunks: string[]): StoredSettings {
  const json = chunks.join("");
  if (json.trim() === "") return { settings: { ...DEFAULT_SETTINGS }, error: null };
  try {
    return { settings: sanitizeSettings(JSON.parse(json)), error: null };
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      error: "Les paramètres enregistrés dans le classeur sont illisibles : les valeurs par défaut sont utilisées.",
    };
  }
}

type Raw = Record<string, unknown>;

const isRecord = (v: unknown): v is Raw => typeof v === "object" && v !== null && !Array.isArray(v);
const isInteger = (v: unknown): v is number => typeof v === "number" && Number.isSafeInteger(v);
const isRatio = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 10;
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === "string") : []);

function integerRecord(v: unknown): Record<string, number> {
  if (!isRecord(v)) return {};
  return Object.fromEntries(Object.entries(v).filter((e): e is [string, number] => isInteger(e[1])));
}

function mapping(v: unknown): TableMapping | null {
  if (!isRecord(v) || typeof v.sheet !== "string" || !isInteger(v.headerRow) || v.headerRow < 0) return null;
  if (!FAMILIES.includes(v.family as Family) || !isRecord(v.columns)) return null;
  const columns: Record<number, string> = {};
  for (const [col, role] of Object.entries(v.columns)) {
    if (/^\d+$/.test(col) && typeof role === "string") columns[Number(col)] = role;
  }
  return { sheet: v.sheet, headerRow: v.headerRow, family: v.family as Family, columns };
}

/** Settings from untrusted JSON: each field of the right type is kept, others take their default. */
export function sanitizeSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? raw : {};
  const d = DEFAULT_SETTINGS;
  return {
    dispositif: r.dispositif === "calpae" || r.dispositif === "pacte" ? r.dispositif : d.dispositif,
    annee: isInteger(r.annee) ? r.annee : d.annee,
    departement: typeof r.departement === "string" ? r.departement : d.departement,
    montantNotifie: isInteger(r.montantNotifie) ? r.montantNotifie : d.montantNotifie,
    montantsParPilier: integerRecord(r.montantsParPilier),
    montantsNotifiesParAnnee: integerRecord(r.montantsNotifiesParAnnee),
    seuilCofinancement: isRatio(r.seuilCofinancement) ? r.seuilCofinancement : d.seuilCofinancement,
    seuilEcartIndicateur: isRatio(r.seuilEcartIndicateur) ? r.seuilEcartIndicateur : d.seuilEcartIndicateur,
    marqueursAcceptes: strings(r.marqueursAcceptes),
    ignores: strings(r.ignores),
    mappings: Array.isArray(r.mappings) ? r.mappings.map(mapping).filter((m): m is TableMapping => m !== null) : [],
  };
}
