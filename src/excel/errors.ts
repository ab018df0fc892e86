/** Errors of Excel (OfficeExtension.Error codes) turned into French messages for the user. */

/** An error whose message is meant for the user (French). */
export class WorkbookError extends Error {
  override readonly name = "WorkbookError";
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" ? code : undefined;
}

export function isPayloadError(error: unknown): boolean {
  const code = codeOf(error);
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

const MESSAGES: Record<string, string> = {
  AccessDenied:
    "Excel a refusé la modification : une feuille ou le classeur est protégé, ou le classeur est ouvert en lecture seule.",
  InvalidOperation: "Excel a refusé l'opération (classeur en lecture seule, cellule en cours de modification ?).",
  ItemNotFound: "Une feuille ou une cellule attendue n'existe plus : relancez l'analyse.",
  ApiNotFound: "Cette version d'Excel ne permet pas cette opération : mettez Excel à jour.",
  RequestPayloadSizeLimitExceeded: "La demande envoyée à Excel est trop volumineuse.",
  ResponsePayloadSizeLimitExceeded: "La réponse d'Excel est trop volumineuse.",
  InvalidArgument: "Excel a refusé une valeur ou une adresse envoyée par VerifPacte.",
};

/** The French message of any error thrown while talking to Excel. */
export function frenchMessage(error: unknown): string {
  if (error instanceof WorkbookError) return error.message;
  const code = codeOf(error);
  if (code !== undefined && MESSAGES[code]) return MESSAGES[code];
  const detail = error instanceof Error ? error.message : String(error);
  return `Excel a renvoyé une erreur${code ? ` (${code})` : ""} : ${detail}`;
}

/** Runs `work`; any failure becomes a WorkbookError with a French message. */
export async function inFrench<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw error instanceof WorkbookError ? error : new WorkbookError(frenchMessage(error), { cause: error });
  }
}
