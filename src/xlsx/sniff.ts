/**
 * What a file is, from its first bytes, before it is read as an .xlsx: empty, text or CSV, PDF,
 * old .xls, an Office file encrypted with a password; and, once the archive is open, .xlsb or
 * .ods saved under an .xlsx name. The French message says what to do.
 */
import { XlsxError } from "./errors";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF

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

function oleError(bytes: Uint8Array): XlsxError {
  if (hasOleStream(bytes, "EncryptedPackage")) {
    return new XlsxError(
      "le classeur est protégé par un mot de passe (fichier chiffré) : ouvrez-le dans Excel, retirez le mot de passe (Fichier > Informations > Protéger le classeur) puis enregistrez-le.",
    );
  }
  return new XlsxError(
    "ancien format Excel (.xls) non pris en charge : ouvrez le fichier dans Excel et enregistrez-le au format « Classeur Excel (.xlsx) ».",
  );
}

/** Throws an XlsxError when the bytes cannot be a zip archive. */
export function sniffBytes(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new XlsxError("le fichier est vide.");
  if (startsWith(bytes, OLE_MAGIC)) throw oleError(bytes);
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) return;
  const kind = startsWith(bytes, PDF_MAGIC) ? "un document PDF" : "un fichier texte, CSV ou d'un autre format";
  throw new XlsxError(`ce n'est pas un classeur Excel (.xlsx) : le fichier semble être ${kind}.`);
}

/** The archive holds no workbook part: says what it holds instead. */
export function notWorkbookError(has: (name: string) => boolean): XlsxError {
  if (has("xl/workbook.bin")) {
    return new XlsxError(
      "format binaire Excel (.xlsb) non pris en charge : enregistrez le classeur au format « Classeur Excel (.xlsx) ».",
    );
  }
  if (has("content.xml")) {
    return new XlsxError(
      "classeur OpenDocument (.ods) non pris en charge : enregistrez-le au format « Classeur Excel (.xlsx) ».",
    );
  }
  return new XlsxError("ce n'est pas un classeur Excel (.xlsx) : l'archive ne contient pas de classeur.");
}
