/**
 * The Chorus activity codes of programme 304 that the tables use (SPEC §1.1 and §1.2, seed 000
 * art. 3, l.159–161), as data: code, description as printed, dispositif, Pacte pilier and axe.
 */
import { DISPOSITIFS, PACTE_AXES } from "./dispositifs";
import { Dispositif } from "./types";

export interface ChorusActivity {
  /** 12 digits, without spaces. */
  code: string;
  /** Description as printed in the templates (« 1er accueil social inconditionnel »). */
  label: string;
  /** Dispositif paid on this code; null for another contract of the programme. */
  dispositif: Dispositif | null;
  /** French name of the contract the code belongs to, with its article (« la CALPAE »), for messages. */
  contract: string;
  /** Pacte: pilier (axe) of the code; null for the CALPAE codes. */
  pilier: number | null;
  /** Pacte: label of the axe in the tables. */
  axe: string | null;
  /** Several thèmes of one table may share it (« Initiatives locales » covers every initiative of the département). */
  shared: boolean;
}

/** The contract of each dispositif, with its article, for messages. */
export const CONTRACT_NAMES: Record<Dispositif, string> = {
  calpae: "la CALPAE",
  pacte: "le Pacte des solidarités",
};

function calpae(code: string, label: string, shared = false): ChorusActivity {
  return { code, label, dispositif: "calpae", contract: CONTRACT_NAMES.calpae, pilier: null, axe: null, shared };
}

/** « Contractualisation avec les départements pilier 1 » (art. 3 of the contract). */
const PACTE_ACTIVITIES: ChorusActivity[] = PACTE_AXES.filter((a) => a.chorus !== null).map((a) => ({
  code: a.chorus as string,
  label: `Contractualisation avec les départements pilier ${a.pilier}`,
  dispositif: "pacte",
  contract: CONTRACT_NAMES.pacte,
  pilier: a.pilier,
  axe: a.label,
  shared: false,
}));

export const CHORUS_ACTIVITIES: readonly ChorusActivity[] = [
  calpae("030450191901", "accompagnement des jeunes sortant de l'ASE"),
  calpae("030450191902", "Formation travail social CD contract"),
  calpae("030450191903", "1er accueil social inconditionnel"),
  calpae("030450191904", "Référents de parcours"),
  calpae("030450191905", "Maraudes Etat (sans abri) / conseil départemental (ASE)"),
  calpae("030450191906", "Soutien à des actions de prévention spécialisée"),
  calpae("030450191907", "Garantie d'activité et insertion des BRSA"),
  calpae("030450191910", "Initiatives locales", true),
  {
    code: "030450171901",
    label: "Contractualisation stratégie protection enfance SD",
    dispositif: null,
    contract: "la contractualisation de la protection de l'enfance",
    pilier: null,
    axe: null,
    shared: false,
  },
  ...PACTE_ACTIVITIES,
];

/** Number of digits of a Chorus activity code. */
export const CHORUS_LENGTH = 12;

export function chorusActivity(code: string): ChorusActivity | undefined {
  return CHORUS_ACTIVITIES.find((a) => a.code === code);
}

/** Who pays on a code: the catalogue entry, else the dispositif whose prefix it has; null when unknown. */
export function chorusOwner(code: string): { dispositif: Dispositif | null; contract: string } | null {
  const known = chorusActivity(code);
  if (known) return known;
  const byPrefix = DISPOSITIFS.find((d) => d.chorusPrefixes.some((p) => code.startsWith(p)));
  return byPrefix ? { dispositif: byPrefix.id, contract: CONTRACT_NAMES[byPrefix.id] } : null;
}

/** Codes a table of this dispositif may use (every known code when the dispositif is unknown). */
export function codesOf(dispositif: Dispositif | null): ChorusActivity[] {
  return CHORUS_ACTIVITIES.filter((a) => dispositif === null || a.dispositif === dispositif);
}
