/**
 * The département of every workbook of a batch, decided once all titles are known: the user's
 * parameter first, then the titles, then the file name, which may use a code only known from the
 * titles of another workbook of the batch (a territory outside the référentiel). The doubts are
 * anomalies: a title left as in the template, titles that disagree, a territory outside the
 * référentiel, a workbook whose département cannot be found.
 */
import { PlacedClue } from "./classeur";
import { fileNameIdentity, identityLabel, parameterIdentity, UNKNOWN_IDENTITY } from "./identite";
import { AnomalieRegionale, Identite } from "./types";

export interface FileClues {
  name: string;
  clues: PlacedClue[];
  error: string | null;
  synthese?: boolean;
}

interface TitleReading {
  identite: Identite | null;
  anomalies: AnomalieRegionale[];
  placeholder: PlacedClue | null;
}

function placed(a: Omit<AnomalieRegionale, "sheet" | "cell">, at: PlacedClue | null): AnomalieRegionale {
  return { ...a, sheet: at?.sheet ?? null, cell: at?.cell ?? null };
}

/**
 * What the titles of one workbook say: the first département named (a workbook with one sheet per
 * département gives each table its own, see tableIdentity), a name that contradicts its code, a
 * placeholder when no title names one.
 */
function readTitles(file: FileClues): TitleReading {
  const anomalies: AnomalieRegionale[] = [];
  let identite: Identite | null = null;
  for (const at of file.clues) {
    const { clue } = at;
    if (clue.kind === "modele") continue;
    if (clue.kind === "contradiction") {
      anomalies.push(
        placed(
          {
            id: "departement-contradictoire",
            severity: "warning",
            departement: clue.identite.key,
            file: file.name,
            message: `« ${file.name} » : le titre « ${clue.line} » nomme ${identityLabel(clue.identite)} mais ${clue.other} : département ${clue.identite.deNom} retenu, à vérifier.`,
          },
          at,
        ),
      );
    }
    identite ??= clue.identite;
  }
  const placeholder = identite === null ? (file.clues.find((c) => c.clue.kind === "modele") ?? null) : null;
  return { identite, anomalies, placeholder };
}

function placeholderAnomaly(file: FileClues, at: PlacedClue, identite: Identite): AnomalieRegionale {
  const line = at.clue.kind === "modele" ? at.clue.line : "";
  const decided =
    identite.key === null
      ? "département non identifié"
      : `département lu dans le ${identite.detail} : ${identityLabel(identite)}`;
  return placed(
    {
      id: "titre-modele",
      severity: "warning",
      departement: identite.key,
      file: file.name,
      message: `« ${file.name} » : le titre « ${line} » est resté celui du modèle (${decided}). Complétez le titre avec le nom et le code du département.`,
    },
    at,
  );
}

function unknownAnomaly(file: FileClues): AnomalieRegionale {
  return {
    id: "departement-non-identifie",
    severity: "warning",
    departement: null,
    file: file.name,
    sheet: null,
    cell: null,
    message: `« ${file.name} » : département introuvable (ni dans les titres, ni dans le nom du fichier) ; le classeur est contrôlé seul et n'entre pas dans la synthèse. Indiquez-le dans le titre (« Département de … (code) »), dans le nom du fichier, ou avec --departement « ${file.name}=CODE ».`,
  };
}

/** One line for every territory outside the référentiel (a new collectivité, a typo, a fictional one). */
function outsideAnomaly(outside: readonly { identite: Identite; file: string }[]): AnomalieRegionale[] {
  if (outside.length === 0) return [];
  const list = outside.map(({ identite }) => `${identityLabel(identite)} (${identite.detail})`).join(" ; ");
  const many = outside.length > 1;
  const subject = many ? "Ces territoires ne sont pas" : "Ce territoire n'est pas";
  const kept = many ? "leurs noms et codes sont repris" : "son nom et son code sont repris";
  return [
    {
      id: "departement-hors-referentiel",
      severity: "info",
      departement: many ? null : outside[0].identite.key,
      file: many ? null : outside[0].file,
      sheet: null,
      cell: null,
      message: `${subject} dans le référentiel des départements et métropoles, ${kept} tels qu'écrits : ${list}.`,
    },
  ];
}

export function resolveIdentities(
  files: readonly FileClues[],
  overrides: Readonly<Record<string, string>>,
): { identities: Identite[]; known: Map<string, Identite>; anomalies: AnomalieRegionale[] } {
  const readings = files.map(readTitles);
  const known = new Map<string, Identite>();
  for (const f of files) {
    for (const { clue } of f.clues)
      if (clue.kind !== "modele" && clue.identite.key && !known.has(clue.identite.key))
        known.set(clue.identite.key, clue.identite);
  }
  const anomalies: AnomalieRegionale[] = [];
  const identities = files.map((file, i) => {
    const reading = readings[i];
    const given = overrides[file.name];
    const identite =
      (given !== undefined ? parameterIdentity(given, known) : null) ??
      reading.identite ??
      fileNameIdentity(file.name, known) ??
      UNKNOWN_IDENTITY;
    anomalies.push(...reading.anomalies);
    if (reading.placeholder) anomalies.push(placeholderAnomaly(file, reading.placeholder, identite));
    if (identite.key === null && file.error === null && !file.synthese) anomalies.push(unknownAnomaly(file));
    return identite;
  });
  const outside = new Map<string, { identite: Identite; file: string }>();
  for (const [i, file] of files.entries()) {
    const keys = [identities[i], ...file.clues.flatMap((c) => (c.clue.kind === "modele" ? [] : [c.clue.identite]))];
    for (const identite of keys) {
      if (identite.key === null || identite.connu || outside.has(identite.key)) continue;
      outside.set(identite.key, { identite: known.get(identite.key) ?? identite, file: file.name });
    }
  }
  return { identities, known, anomalies: [...anomalies, ...outsideAnomaly([...outside.values()])] };
}
