/**
 * Workbook names (paths as the user gave them, on Linux, macOS or Windows) → URIs for SARIF
 * (RFC 3986, file scheme of RFC 8089). Every path segment is percent-encoded as UTF-8, so that
 * « # », « ? », « % », spaces, accents and control characters cannot change the URI's meaning.
 * - « /dossier/a b.xlsx » → « file:///dossier/a%20b.xlsx »;
 * - « C:\Users\A\n°1.xlsx » → « file:///C:/Users/A/n%C2%B01.xlsx » (never a « c: » scheme);
 * - « \\serveur\partage\a.xlsx » → « file://serveur/partage/a.xlsx »;
 * - a relative path → a relative reference, resolved against the uriBaseId « %SRCROOT% »
 *   (the folder the command was run from, given in run.originalUriBaseIds when known).
 */

/** The uriBaseId of relative workbook paths. */
export const SRCROOT = "%SRCROOT%";

export interface FileLocation {
  uri: string;
  uriBaseId?: string;
}

/** Lone UTF-16 surrogates (never valid UTF-8) become U+FFFD, so that encoding cannot throw. */
function wellFormed(text: string): string {
  let out = "";
  for (const ch of text) out += ch.length === 1 && ch >= "\uD800" && ch <= "\uDFFF" ? "\uFFFD" : ch;
  return out;
}

function encodePath(path: string): string {
  return path
    .split("/")
    .map((segment) => encodeURIComponent(wellFormed(segment)))
    .join("/");
}

/** « .\dossier\a.xlsx » → « dossier/a.xlsx »: forward slashes, no leading « ./ ». */
export function normalizedPath(name: string): string {
  return name.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

export function fileLocation(name: string): FileLocation {
  const path = normalizedPath(name);
  const drive = /^([A-Za-z]):\//.exec(path);
  if (drive) return { uri: `file:///${drive[1].toUpperCase()}:${encodePath(path.slice(2))}` };
  const unc = /^\/\/([^/]+)(\/.*)?$/.exec(path);
  if (unc) return { uri: `file://${encodeURIComponent(wellFormed(unc[1]))}${encodePath(unc[2] ?? "/")}` };
  if (path.startsWith("/")) return { uri: `file://${encodePath(path)}` };
  return { uri: encodePath(path), uriBaseId: SRCROOT };
}

/**
 * True for an absolute URI that SARIF accepts where it asks for one (a scheme, then only
 * characters allowed in a URI): « https://… », « file:///… »; false for « docs/regles/x.md ».
 */
export function isAbsoluteUri(text: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/.test(text);
}
