/**
 * Looks at the bytes of a file before ExcelJS reads it: says in French why it is not a usable
 * .xlsx (empty, text, PDF, old .xls, password-protected, damaged archive…) and lists the parts
 * of the workbook that an ExcelJS round-trip loses. Pure: no file system.
 */
import { FileError } from "./errors";
import { listZipEntries } from "./zip";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

/** Parts of an xlsx that ExcelJS does not write back, with the French name shown to the user. */
const UNSUPPORTED_PARTS: { test: (entry: string) => boolean; label: string }[] = [
  { test: (e) => e.startsWith("xl/charts/chart"), label: "graphiques" },
  { test: (e) => e.startsWith("xl/chartsheets/"), label: "feuilles de graphique" },
  { test: (e) => /^xl\/drawings\/drawing\d+\.xml$/.test(e), label: "dessins, formes et zones de texte" },
  { test: (e) => e.startsWith("xl/pivotTables/") || e.startsWith("xl/pivotCache/"), label: "tableaux croisés dynamiques" },
  { test: (e) => e.startsWith("xl/slicers/") || e.startsWith("xl/slicerCaches/"), label: "segments (slicers)" },
  { test: (e) => e.startsWith("xl/timelines/") || e.startsWith("xl/timelineCaches/"), label: "chronologies" },
  { test: (e) => e === "xl/vbaProject.bin", label: "macros VBA" },
  { test: (e) => e.startsWith("xl/threadedComments/"), label: "commentaires en fil de discussion" },
  { test: (e) => e.startsWith("xl/externalLinks/"), label: "liaisons vers d'autres classeurs" },
  { test: (e) => e.startsWith("xl/ctrlProps/") || e.startsWith("xl/activeX/"), label: "contrôles de formulaire" },
  { test: (e) => e === "xl/connections.xml" || e.startsWith("xl/queryTables/"), label: "connexions de données" },
  { test: (e) => e.startsWith("xl/model/"), label: "modèle de données (Power Pivot)" },
  { test: (e) => e.startsWith("xl/richData/"), label: "types de données et images dans les cellules" },
];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

/** True when the bytes hold this name as UTF-16LE, as OLE directory entries store stream names. */
function hasOleStream(bytes: Uint8Array, name: string): boolean {
  const needle = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) needle[i * 2] = name.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function oleError(bytes: Uint8Array): FileError {
  if (hasOleStream(bytes, "EncryptedPackage")) {
    return new FileError(
      "le classeur est protégé par un mot de passe (fichier chiffré) : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) puis enregistrez-le.",
    );
  }
  return new FileError(
    "ancien format Excel (.xls) non pris en charge : ouvrez le fichier dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».",
  );
}

function notZipError(bytes: Uint8Array): FileError {
  const kind = startsWith(bytes, PDF_MAGIC) ? "un document PDF" : "un fichier texte, CSV ou d'un autre format";
  return new FileError(`ce n'est pas un classeur Excel (.xlsx) : le fichier semble être ${kind}.`);
}

function notWorkbookError(entries: string[]): FileError {
  if (entries.includes("xl/workbook.bin")) {
    return new FileError(
      "format binaire Excel (.xlsb) non pris en charge : enregistrez le classeur au format « Classeur Excel (.xlsx) ».",
    );
  }
  if (entries.includes("content.xml")) {
    return new FileError(
      "classeur OpenDocument (.ods) non pris en charge : enregistrez-le au format « Classeur Excel (.xlsx) ».",
    );
  }
  return new FileError("ce n'est pas un classeur Excel (.xlsx) : l'archive ne contient pas de classeur.");
}

/**
 * Checks that the bytes are an xlsx archive holding a workbook; returns the French names of the
 * parts an ExcelJS rewrite would lose (empty when none). Throws a FileError otherwise.
 */
export function checkXlsxBytes(bytes: Uint8Array): string[] {
  if (bytes.length === 0) throw new FileError("le fichier est vide.");
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (!startsWith(bytes, ZIP_MAGIC)) throw notZipError(bytes);
  const entries = listZipEntries(bytes);
  if (!entries) {
    throw new FileError("le fichier .xlsx est endommagé (archive incomplète ou corrompue) : il ne peut pas être lu.");
  }
  if (!entries.includes("xl/workbook.xml")) throw notWorkbookError(entries);
  return UNSUPPORTED_PARTS.filter((part) => entries.some(part.test)).map((part) => part.label);
}
