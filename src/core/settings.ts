/** Parameters a user can give (SPEC §7); stored in the workbook by the add-in, flags in the CLI. */
import { ColumnKey, Dispositif, Family } from "./referentiel/types";

/** A table the user mapped by hand in the add-in (« pointer l'en-tête et associer les colonnes »). */
export interface TableMapping {
  sheet: string;
  /** 0-based header row. */
  headerRow: number;
  family: Family;
  /** 0-based sheet column → role. */
  columns: Record<number, ColumnKey | string>;
}

export interface Settings {
  /** Overrides the detected dispositif. */
  dispositif: Dispositif | null;
  /** Overrides the detected year (N of the table). */
  annee: number | null;
  departement: string | null;
  /**
   * Notified State amount of the year, in cents (rule 10): of the only year of the tables that have
   * a notified State column; with tables of several years it is compared with none (an information
   * asks for the year: montantsNotifiesParAnnee).
   */
  montantNotifie: number | null;
  /** Added: notified State amount per year (« 2024 » → cents), for analyses spanning several years. */
  montantsNotifiesParAnnee: Record<string, number>;
  /** Notified amount per pilier ("1", "3", "4") or per 12-digit Chorus code, in cents. */
  montantsParPilier: Record<string, number>;
  /** Minimal CD share of État + CD for each action under the Pacte (0.5 = 50 %). */
  seuilCofinancement: number;
  /** Relative deviation between result and target above which a justification is asked (0.2 = 20 %). */
  seuilEcartIndicateur: number;
  /** Extra text markers accepted in indicator cells (in addition to nc, NR, Sans objet…). */
  marqueursAcceptes: string[];
  /** Keys of findings the user chose to ignore (see findingKey). */
  ignores: string[];
  mappings: TableMapping[];
}

export const DEFAULT_SETTINGS: Settings = {
  dispositif: null,
  annee: null,
  departement: null,
  montantNotifie: null,
  montantsNotifiesParAnnee: {},
  montantsParPilier: {},
  seuilCofinancement: 0.5,
  seuilEcartIndicateur: 0.2,
  marqueursAcceptes: [],
  ignores: [],
  mappings: [],
};

export function withDefaults(partial: Partial<Settings> | undefined): Settings {
  return { ...DEFAULT_SETTINGS, ...(partial ?? {}) };
}
