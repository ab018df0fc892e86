/**
 * Why a file cannot be read or patched, in French, shown to the user as is (the CLI prints it
 * after the file name and exits with code 2; the workbench shows it in the page).
 */
export class XlsxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxError";
  }
}

/** A limit of VerifPacte (size, cells, merges, sheets) is exceeded: the message names it. */
export class XlsxLimitError extends XlsxError {
  constructor(message: string) {
    super(message);
    this.name = "XlsxLimitError";
  }
}

/** « partie xl/worksheets/sheet1.xml endommagée (…) » : the package or one of its XML parts is damaged. */
export function damaged(part: string, detail: string): XlsxError {
  return new XlsxError(`le fichier .xlsx est endommagé : partie « ${part} » illisible (${detail}).`);
}
