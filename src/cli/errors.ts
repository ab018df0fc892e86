import { XlsxError } from "../xlsx/errors";

/** A file the command line cannot use: the message is in French and shown as is, without a stack trace. */
export class FileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FileError";
  }
}

/** Bad command line: the message is followed by the usage text, exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The message of any error, for a French line on stderr (never a stack trace). */
export function errorMessage(error: unknown): string {
  if (error instanceof FileError || error instanceof UsageError || error instanceof XlsxError) return error.message;
  if (error instanceof RangeError && /memory|allocation|Invalid (array|typed array|string) length/i.test(error.message)) {
    return "le classeur est trop volumineux pour être lu (mémoire insuffisante).";
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `erreur inattendue (${detail})`;
}
