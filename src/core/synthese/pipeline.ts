/**
 * Building the synthesis of many workbooks with memory flat in their number:
 * 1. each workbook is read, its tables recognised and its département found (titles, file name,
 *    parameter), then forgotten;
 * 2. the workbooks of one département are read again and checked TOGETHER (rule 13 compares the
 *    execution of N−1 with the forecast of N across workbooks, and must not pair two départements),
 *    their amounts and findings kept, the workbooks forgotten;
 * 3. the campagne of year N is assembled and the regional checks run.
 * Pure: the caller gives the files and how to read one (Node in the CLI, the browser in the workbench).
 */
import { analyze } from "../engine/analyze";
import { Workbook } from "../grid/model";
import { Settings } from "../settings";
import { recognize } from "../tables";
import { campagnesOf, candidatesOf, compareLignes, ligneOf, totauxOf } from "./campagne";
import { checkedGroup, identityClues, PlacedClue } from "./classeur";
import { absentCheck, consommationCheck, doublonsCheck, enveloppeCheck, reportsCheck } from "./controles";
import { resolveIdentities } from "./identites";
import { identityLabel } from "./identite";
import { isSyntheseWorkbook } from "./marqueur";
import {
  AnomalieRegionale,
  ClasseurSynthese,
  ConstatSynthese,
  Identite,
  LigneDepartement,
  Synthese,
  TableSynthese,
} from "./types";

/** A synthesis that cannot be built (no table at all, a year with no table): French message. */
export class SyntheseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyntheseError";
  }
}

export interface SyntheseOptions {
  /** Year N of the campagne; default: the latest found. */
  annee?: number | null;
  /** Regional envelope of State credits for N, in cents. */
  enveloppe?: number | null;
  /** File name → département given by the user (code « 77 », or name). */
  departements?: Readonly<Record<string, string>>;
  /** Settings of the checks (dispositif, thresholds…); the year is never forced here. */
  settings?: Partial<Settings>;
}

export interface Progression {
  /** « lecture »: first pass (titles); « controle »: second pass (checks). */
  phase: "lecture" | "controle";
  fait: number;
  total: number;
  fichier: string;
}

export interface SyntheseInput<F> {
  files: readonly F[];
  /** Name shown to the user (path as given, or file name); also the workbook's name. */
  name(file: F): string;
  /** Reads a file into a snapshot named name(file); throws an Error with a French message when it cannot. */
  load(file: F): Promise<Workbook>;
  progress?(p: Progression): void;
  /** Called between files: lets a page repaint its progress bar. */
  pause?(): Promise<void>;
}

interface FirstPass {
  name: string;
  clues: PlacedClue[];
  error: string | null;
  /** A synthesis VerifPacte wrote (left out: never an input). */
  synthese?: boolean;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function firstPass<F>(input: SyntheseInput<F>, settings: Partial<Settings>): Promise<FirstPass[]> {
  const out: FirstPass[] = [];
  for (const [i, file] of input.files.entries()) {
    const name = input.name(file);
    input.progress?.({ phase: "lecture", fait: i + 1, total: input.files.length, fichier: name });
    try {
      const workbook = await input.load(file);
      if (isSyntheseWorkbook(workbook)) out.push({ name, clues: [], error: null, synthese: true });
      else out.push({ name, clues: identityClues(workbook, recognize(workbook, settings).tables), error: null });
    } catch (error) {
      out.push({ name, clues: [], error: messageOf(error) });
    }
    await input.pause?.();
  }
  return out;
}

interface Checked {
  classeurs: ClasseurSynthese[];
  constats: ConstatSynthese[];
}

function failed(name: string, identite: Identite, message: string): ClasseurSynthese {
  return { file: name, departement: identite, tables: [], erreurs: 0, avertissements: 0, informations: 0, erreur: message };
}

/** Second pass: each group of files (one département) read again and checked together. */
async function secondPass<F>(
  input: SyntheseInput<F>,
  groups: number[][],
  identities: readonly Identite[],
  known: ReadonlyMap<string, Identite>,
  first: readonly FirstPass[],
  settings: Partial<Settings>,
): Promise<Checked> {
  const checked: Checked = { classeurs: [], constats: [] };
  let done = 0;
  for (const group of groups) {
    const loaded = new Map<Workbook, Identite>();
    for (const i of group) {
      const name = first[i].name;
      input.progress?.({ phase: "controle", fait: ++done, total: input.files.length, fichier: name });
      if (first[i].error !== null) {
        checked.classeurs.push(failed(name, identities[i], first[i].error as string));
        continue;
      }
      try {
        loaded.set(await input.load(input.files[i]), identities[i]);
      } catch (error) {
        checked.classeurs.push(failed(name, identities[i], messageOf(error)));
      }
    }
    if (loaded.size > 0) {
      try {
        const group = checkedGroup(analyze([...loaded.keys()], settings), loaded, known);
        checked.classeurs.push(...group.classeurs);
        checked.constats.push(...group.constats);
      } catch (error) {
        const message = `la synthèse de ce classeur a échoué (erreur interne : ${messageOf(error)}) ; contrôlez-le seul avec verifpacte.`;
        for (const [workbook, identite] of loaded) checked.classeurs.push(failed(workbook.name, identite, message));
      }
    }
    await input.pause?.();
  }
  return checked;
}

/** Files of one département together (in the order given); unidentified files each alone; syntheses left out. */
function groupsOf(identities: readonly Identite[], first: readonly FirstPass[]): number[][] {
  const byKey = new Map<string, number[]>();
  const alone: number[][] = [];
  identities.forEach((identite, i) => {
    if (first[i].synthese) return;
    if (identite.key === null) alone.push([i]);
    else byKey.set(identite.key, [...(byKey.get(identite.key) ?? []), i]);
  });
  return [...byKey.values(), ...alone];
}

function yearsOf(classeurs: readonly ClasseurSynthese[]): number[] {
  return [...new Set(classeurs.flatMap((c) => c.tables.flatMap(campagnesOf)))].sort((a, b) => a - b);
}

function chooseYear(found: readonly number[], wanted: number | null | undefined, classeurs: readonly ClasseurSynthese[]): number {
  if (found.length === 0) {
    const failures = classeurs.filter((c) => c.erreur !== null).map((c) => `« ${c.file} » : ${c.erreur}`);
    const why = failures.length > 0 ? ` Classeurs illisibles : ${failures.join(" ; ")}` : "";
    throw new SyntheseError(`aucun tableau financier daté n'a été reconnu dans ces classeurs : pas de synthèse possible.${why}`);
  }
  if (wanted === null || wanted === undefined) return found[found.length - 1];
  if (!found.includes(wanted)) {
    throw new SyntheseError(
      `aucun tableau de la campagne ${wanted} (prévisionnel ${wanted} ou exécution ${wanted - 1}) ; années trouvées : ${found.join(", ")}.`,
    );
  }
  return wanted;
}

function fileAnomalies(classeurs: readonly ClasseurSynthese[], annee: number): AnomalieRegionale[] {
  const out: AnomalieRegionale[] = [];
  for (const c of classeurs) {
    const base = { departement: c.departement.key, file: c.file, sheet: null, cell: null };
    if (c.erreur !== null) {
      out.push({ ...base, id: "classeur-illisible", severity: "error", message: `« ${c.file} » : ${c.erreur}` });
      continue;
    }
    const years = [...new Set(c.tables.flatMap(campagnesOf))].sort((a, b) => a - b);
    // A workbook of N−1 is used too: it says which départements were there the year before.
    if (c.departement.key !== null && !years.includes(annee) && !years.includes(annee - 1)) {
      const what =
        years.length > 0
          ? `ses tableaux sont de la campagne ${years.join(" et ")}`
          : "aucun tableau financier daté n'y est reconnu";
      out.push({
        ...base,
        id: "classeur-hors-campagne",
        severity: "info",
        message: `« ${c.file} » n'entre pas dans la synthèse ${annee} : ${what}.`,
      });
    }
  }
  return out;
}

function syntheseSkipped(f: FirstPass): AnomalieRegionale {
  return {
    id: "classeur-synthese",
    severity: "info",
    departement: null,
    file: f.name,
    sheet: null,
    cell: null,
    message: `« ${f.name} » est une synthèse régionale produite par VerifPacte : elle n'est pas reprise dans la nouvelle synthèse.`,
  };
}

/** Tables of each département (a table's own département, see tableIdentity), in file order. */
function tablesByDepartement(
  classeurs: readonly ClasseurSynthese[],
): Map<string, { identite: Identite; tables: TableSynthese[] }> {
  const out = new Map<string, { identite: Identite; tables: TableSynthese[] }>();
  for (const t of classeurs.flatMap((c) => c.tables)) {
    const key = t.departement.key;
    if (key === null) continue;
    const entry = out.get(key) ?? { identite: t.departement, tables: [] };
    entry.tables.push(t);
    out.set(key, entry);
  }
  return out;
}

/** A workbook whose tables are about several départements: each table counts for its own. */
function multiAnomalies(classeurs: readonly ClasseurSynthese[]): AnomalieRegionale[] {
  return classeurs.flatMap((c) => {
    const names = [...new Map(c.tables.map((t) => [t.departement.key, identityLabel(t.departement)])).values()];
    if (names.length < 2) return [];
    return [
      {
        id: "classeur-plusieurs-departements" as const,
        severity: "info" as const,
        departement: c.departement.key,
        file: c.file,
        sheet: null,
        cell: null,
        message: `« ${c.file} » contient des tableaux de plusieurs départements (${names.join(", ")}) : chaque tableau compte pour le département de son titre.`,
      },
    ];
  });
}

/** The rows of campagne N and the checks made département by département. */
function lignesOf(classeurs: readonly ClasseurSynthese[], constats: readonly ConstatSynthese[], annee: number) {
  const failedFiles = new Set(classeurs.filter((c) => c.erreur !== null).map((c) => c.file));
  const lignes: LigneDepartement[] = [];
  const anomalies: AnomalieRegionale[] = [];
  for (const [key, { identite, tables }] of tablesByDepartement(classeurs)) {
    const own = constats.filter((c) => c.departement === key);
    const ligne = ligneOf({ identite, tables, failedFiles, constats: own }, annee);
    const previous = [...new Set(tables.filter((t) => campagnesOf(t).includes(annee - 1)).map((t) => t.file))];
    if (ligne.statut === "absent" && previous.length === 0) continue;
    lignes.push(ligne);
    anomalies.push(
      ...absentCheck(ligne, annee, previous),
      ...doublonsCheck(ligne, candidatesOf(tables, annee), annee),
      ...reportsCheck(ligne, annee, tables, own),
      ...consommationCheck(ligne, annee),
    );
  }
  lignes.sort(compareLignes);
  const rank = new Map(lignes.map((l, i) => [l.key, i]));
  anomalies.sort((a, b) => (rank.get(a.departement ?? "") ?? 0) - (rank.get(b.departement ?? "") ?? 0));
  return { lignes, anomalies: [...anomalies, ...multiAnomalies(classeurs)] };
}

export async function synthesize<F>(input: SyntheseInput<F>, options: SyntheseOptions = {}): Promise<Synthese> {
  const settings: Partial<Settings> = { ...(options.settings ?? {}), annee: null };
  const first = await firstPass(input, settings);
  const resolved = resolveIdentities(first, options.departements ?? {});
  const checked = await secondPass(
    input,
    groupsOf(resolved.identities, first),
    resolved.identities,
    resolved.known,
    first,
    settings,
  );
  const order = new Map(first.map((f, i) => [f.name, i]));
  const classeurs = checked.classeurs.sort((a, b) => (order.get(a.file) ?? 0) - (order.get(b.file) ?? 0));
  const anneesTrouvees = yearsOf(classeurs);
  const annee = chooseYear(anneesTrouvees, options.annee, classeurs);
  const enveloppe = options.enveloppe ?? null;
  const { lignes, anomalies } = lignesOf(classeurs, checked.constats, annee);
  return {
    annee,
    anneesTrouvees,
    enveloppe,
    lignes,
    totaux: totauxOf(lignes),
    anomalies: [
      ...enveloppeCheck(lignes, annee, enveloppe),
      ...anomalies,
      ...resolved.anomalies,
      ...fileAnomalies(classeurs, annee),
      ...first.filter((f) => f.synthese).map(syntheseSkipped),
    ],
    constats: checked.constats,
    classeurs,
  };
}
