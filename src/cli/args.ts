/** Command line parsing: flags in French, values checked, errors as UsageError (exit code 2). */
import { parseAmount } from "../core/parse/amount";
import type { FormulaLanguage } from "../core/formula/locale";
import { Dispositif } from "../core/referentiel/types";
import { UsageError } from "./errors";

export type OutputFormat = "text" | "json" | "sarif";

export interface CliOptions {
  format: OutputFormat;
  dispositif: Dispositif | null;
  annee: number | null;
  /** Notified State amount given without a year (« --notifie 737250 »), in cents: for a single year. */
  notifie: number | null;
  /** Notified State amounts per year (« --notifie 2024=737250 », repeatable), in cents. */
  notifieParAnnee: Record<string, number>;
  /** Path of the corrected copy to write. */
  corriger: string | null;
  /** Formulas in the text report and the copy's « Contrôles » sheet and commentaires: French Excel (default) or English. */
  formules: FormulaLanguage;
  couleur: boolean;
  aide: boolean;
  version: boolean;
  /** Files and folders, as given. */
  inputs: string[];
}

export const USAGE = `Usage : verifpacte [options] <fichier.xlsx | dossier>...

Contrôle les tableaux financiers et les matrices d'indicateurs des contrats État–département
(CALPAE 2019–2023, Pacte des solidarités 2024–2027). Plusieurs classeurs sont contrôlés
ensemble (reports d'une année sur l'autre) ; un dossier désigne tous les .xlsx qu'il contient.

Options :
  --format text|json|sarif   format du rapport écrit sur la sortie standard (défaut : text)
  --dispositif calpae|pacte  impose le dispositif au lieu de le détecter
  --annee N                  impose l'année N des tableaux (par exemple 2025)
  --notifie [ANNÉE=]MONTANT  montant notifié par l'État pour une année : --notifie 2024=737250
                             (à répéter pour chaque année) ; sans année (--notifie "737 250 €"),
                             seulement quand les tableaux contrôlés portent sur une seule année
  --corriger <sortie.xlsx>   écrit une copie corrigée du classeur (un seul fichier en entrée)
  --formules fr|en           formules du rapport texte, de la feuille Contrôles et des commentaires
                             écrites comme Excel en français (=SOMME(A1;A2), défaut) ou en anglais
                             (=SUM(A1,A2)) ; le JSON et le SARIF gardent la forme anglaise
  --couleur                  colore le rapport texte
  --aide, -h                 affiche cette aide
  --version                  affiche la version

Code de sortie : 0 sans erreur, 1 si au moins une anomalie de gravité « erreur »,
2 en cas d'usage incorrect ou de fichier illisible.

Synthèse régionale de tous les classeurs d'une région : verifpacte synthese --aide
`;

const FORMATS: readonly OutputFormat[] = ["text", "json", "sarif"];
const DISPOSITIFS: readonly Dispositif[] = ["calpae", "pacte"];

type ValueFlag = "--format" | "--dispositif" | "--annee" | "--notifie" | "--corriger" | "--formules";
const VALUE_FLAGS: readonly string[] = ["--format", "--dispositif", "--annee", "--notifie", "--corriger", "--formules"];
const FORMULA_LANGUAGES: readonly FormulaLanguage[] = ["fr", "en"];

function defaults(): CliOptions {
  return {
    format: "text",
    dispositif: null,
    annee: null,
    notifie: null,
    notifieParAnnee: {},
    corriger: null,
    formules: "fr",
    couleur: false,
    aide: false,
    version: false,
    inputs: [],
  };
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options = defaults();
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith("-") || arg === "-") {
      options.inputs.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    if (flag === "--") onlyInputs = true;
    else if (VALUE_FLAGS.includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`l'option ${flag} attend une valeur.`);
      setValue(options, flag as ValueFlag, value);
    } else if (inline !== undefined) throw new UsageError(`l'option ${flag} ne prend pas de valeur.`);
    else setSwitch(options, flag);
  }
  return checked(options);
}

/** « --format=json » → ["--format", "json"]. */
function splitInline(arg: string): [string, string | undefined] {
  const eq = arg.indexOf("=");
  return arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
}

function setSwitch(options: CliOptions, flag: string): void {
  switch (flag) {
    case "--couleur":
      options.couleur = true;
      return;
    case "--aide":
    case "-h":
    case "--help":
      options.aide = true;
      return;
    case "--version":
      options.version = true;
      return;
    default:
      throw new UsageError(`option inconnue : ${flag}`);
  }
}

function setValue(options: CliOptions, flag: ValueFlag, value: string): void {
  switch (flag) {
    case "--format":
      options.format = oneOf(flag, value.toLowerCase(), FORMATS);
      return;
    case "--dispositif":
      options.dispositif = oneOf(flag, value.toLowerCase(), DISPOSITIFS);
      return;
    case "--annee":
      options.annee = year(value);
      return;
    case "--notifie":
      setNotified(options, value);
      return;
    case "--corriger":
      options.corriger = value;
      return;
    case "--formules":
      options.formules = oneOf(flag, value.toLowerCase(), FORMULA_LANGUAGES);
      return;
  }
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((a) => a === value);
  if (!found) throw new UsageError(`valeur « ${value} » invalide pour ${flag} : choisissez ${allowed.join(" ou ")}.`);
  return found;
}

/** A four-digit year for --annee (also used by `verifpacte synthese`). */
export function year(value: string, flag = "--annee"): number {
  const n = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || n < 2000 || n > 2100) {
    throw new UsageError(`année « ${value} » invalide pour ${flag} : donnez une année sur quatre chiffres (par exemple 2025).`);
  }
  return n;
}

/** « 2024=737250 » (repeatable, one per year) or a plain amount (once). */
function setNotified(options: CliOptions, value: string): void {
  const dated = /^\s*(\d{4})\s*=\s*(.*)$/.exec(value);
  if (!dated) {
    if (options.notifie !== null) {
      throw new UsageError(
        `--notifie est donné deux fois sans année : précisez l'année de chaque montant, par exemple --notifie 2024=737250 --notifie 2025=1012485.`,
      );
    }
    options.notifie = amount(value);
    return;
  }
  const y = year(dated[1], "--notifie");
  if (options.notifieParAnnee[String(y)] !== undefined) throw new UsageError(`--notifie est donné deux fois pour ${y}.`);
  options.notifieParAnnee[String(y)] = amount(dated[2]);
}

function amount(value: string): number {
  const parsed = parseAmount(value);
  if (parsed.kind !== "amount" || parsed.cents < 0) {
    throw new UsageError(`montant « ${value} » illisible pour --notifie : écrivez par exemple 737250 ou "737 250,00 €".`);
  }
  return parsed.cents;
}

function checked(options: CliOptions): CliOptions {
  if (options.aide || options.version) return options;
  if (options.inputs.length === 0) throw new UsageError("indiquez au moins un fichier .xlsx ou un dossier à contrôler.");
  if (options.corriger !== null && options.inputs.length !== 1) {
    throw new UsageError("--corriger s'utilise avec un seul fichier en entrée.");
  }
  return options;
}
