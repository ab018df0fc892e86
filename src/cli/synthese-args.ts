/** Arguments of `verifpacte synthese`, in French, checked before any file is read (errors: UsageError, exit code 2). */
import { parseAmount } from "../core/parse/amount";
import { year } from "./args";
import { UsageError } from "./errors";

export type SyntheseFormat = "xlsx" | "json" | "csv";

export interface SyntheseCliOptions {
  /** null: from the extension of --sortie, else xlsx. */
  format: SyntheseFormat | null;
  annee: number | null;
  /** Regional envelope in cents. */
  enveloppe: number | null;
  sortie: string | null;
  /** File (as given, or its name) → département given by the user. */
  departements: Record<string, string>;
  aide: boolean;
  inputs: string[];
}

export const SYNTHESE_USAGE = `Usage : verifpacte synthese <dossier | fichiers.xlsx…> [options]

Synthèse régionale pour la DREETS : contrôle tous les classeurs (un ou plusieurs par département),
puis écrit un tableau de bord de la campagne N — prévisionnel N et exécution N−1, une ligne par
département, les montants par pilier, les anomalies avec un lien vers chaque fichier.

Options :
  --sortie <fichier>          fichier à écrire (.xlsx, .json ou .csv) ; obligatoire pour xlsx
  --format xlsx|json|csv      format (défaut : d'après l'extension de --sortie, sinon xlsx) ;
                              json et csv sans --sortie s'écrivent sur la sortie standard
  --annee N                   campagne N (défaut : la plus récente trouvée)
  --enveloppe MONTANT         enveloppe régionale des crédits État de N (par exemple 11105834)
  --departement FICHIER=CODE  département d'un classeur quand ni ses titres ni son nom ne le disent
                              (répétable ; par exemple --departement "cls 2025.xlsx=77")
  --aide, -h                  affiche cette aide

Code de sortie : 0 sans erreur, 1 si une anomalie de gravité « erreur » (dans un classeur ou
régionale), 2 en cas d'usage incorrect, de fichier illisible ou de synthèse impossible.
`;

const FORMATS: readonly SyntheseFormat[] = ["xlsx", "json", "csv"];
const VALUE_FLAGS = ["--sortie", "--format", "--annee", "--enveloppe", "--departement"] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

function envelope(value: string): number {
  const parsed = parseAmount(value);
  if (parsed.kind !== "amount" || parsed.cents <= 0) {
    throw new UsageError(`montant « ${value} » illisible pour --enveloppe : écrivez par exemple 11105834 ou "11 105 834 €".`);
  }
  return parsed.cents;
}

function departement(options: SyntheseCliOptions, value: string): void {
  const eq = value.lastIndexOf("=");
  const file = value.slice(0, eq).trim();
  const code = value.slice(eq + 1).trim();
  if (eq <= 0 || file === "" || code === "") {
    throw new UsageError(`--departement « ${value} » : écrivez FICHIER=CODE, par exemple --departement "cls-2025.xlsx=77".`);
  }
  options.departements[file] = code;
}

function setValue(options: SyntheseCliOptions, flag: ValueFlag, value: string): void {
  switch (flag) {
    case "--sortie":
      options.sortie = value;
      return;
    case "--format": {
      const format = FORMATS.find((f) => f === value.toLowerCase());
      if (!format) throw new UsageError(`valeur « ${value} » invalide pour --format : choisissez xlsx, json ou csv.`);
      options.format = format;
      return;
    }
    case "--annee":
      options.annee = year(value);
      return;
    case "--enveloppe":
      options.enveloppe = envelope(value);
      return;
    case "--departement":
      departement(options, value);
  }
}

/** The format asked, else the extension of --sortie, else xlsx. */
export function formatOf(options: SyntheseCliOptions): SyntheseFormat {
  if (options.format) return options.format;
  const ext = /\.(xlsx|json|csv)$/i.exec(options.sortie ?? "")?.[1].toLowerCase();
  return (ext as SyntheseFormat | undefined) ?? "xlsx";
}

export function parseSyntheseArgs(argv: readonly string[]): SyntheseCliOptions {
  const options: SyntheseCliOptions = {
    format: null,
    annee: null,
    enveloppe: null,
    sortie: null,
    departements: {},
    aide: false,
    inputs: [],
  };
  let onlyInputs = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (onlyInputs || !arg.startsWith("-") || arg === "-") {
      options.inputs.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const [flag, inline] = arg.startsWith("--") && eq > 0 ? [arg.slice(0, eq), arg.slice(eq + 1)] : [arg, undefined];
    if (flag === "--") onlyInputs = true;
    else if ((VALUE_FLAGS as readonly string[]).includes(flag)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(`l'option ${flag} attend une valeur.`);
      setValue(options, flag as ValueFlag, value);
    } else if (flag === "--aide" || flag === "-h" || flag === "--help") options.aide = true;
    else throw new UsageError(`option inconnue pour verifpacte synthese : ${flag}`);
  }
  if (options.aide) return options;
  if (options.inputs.length === 0) throw new UsageError("indiquez le dossier des classeurs de la région, ou les fichiers .xlsx.");
  if (formatOf(options) === "xlsx" && options.sortie === null) {
    throw new UsageError(
      "indiquez le classeur à écrire avec --sortie (par exemple --sortie synthese.xlsx), ou choisissez --format json ou csv.",
    );
  }
  return options;
}
