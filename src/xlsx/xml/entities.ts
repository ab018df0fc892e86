/** XML entities: decoding (the five predefined ones and character references) and escaping. */
import { XmlError } from "./scanner";

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Decodes « &amp; », « &#233; », « &#xE9; »…; an unknown entity is an error (no DTD, no custom entity). */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&([^;&\s]{1,10});/g, (whole, name: string) => {
    if (name.charCodeAt(0) === 35) {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      if (!Number.isFinite(code) || code < 0 || code > 0x10ffff) throw new XmlError(`référence de caractère invalide ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[name];
    if (named === undefined) throw new XmlError(`entité inconnue ${whole}`);
    return named;
  });
}

/** Text content: &, < and > escaped; characters XML 1.0 cannot hold are dropped. */
export function escapeText(text: string): string {
  return stripInvalid(text).replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

/** Attribute value between double quotes (line breaks and tabs kept as character references). */
export function escapeAttribute(text: string): string {
  return stripInvalid(text).replace(/[&<>"\n\r\t]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}

const ATTRIBUTE_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "\n": "&#10;",
  "\r": "&#13;",
  "\t": "&#9;",
};

/** XML 1.0 forbids C0 controls other than tab, line feed and carriage return, and lone surrogates. */
function stripInvalid(text: string): string {
  return text.replace(
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    "",
  );
}
