/**
 * The « Synthèse » table as CSV for a French Excel: UTF-8 with a byte order mark (Excel then reads
 * the accents right), « ; » between fields, decimal comma, no thousands separator, CRLF line ends.
 * Amounts in euros with two decimals (« 1234,50 »), rates in percent with one decimal (« 49,9 »),
 * one line per département, then « Total région ». A text that Excel would take for a formula
 * (starting with =, +, - or @) is prefixed with an apostrophe.
 */
import { escapeControls } from "../report/escape";
import { COLONNES, groupeTitre, totalDe } from "./colonnes";
import { Synthese } from "./types";

const BOM = "\uFEFF";
const SEPARATOR = ";";
const EOL = "\r\n";

function field(raw: string): string {
  const text = escapeControls(raw);
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Cents → « -1234,56 ». */
function money(cents: number): string {
  const sign = cents < 0 ? "-" : "";
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, "0")}`;
}

/** Ratio → percent with one decimal, rounded down (« 49,9 », never « 50,0 » below 50 %). */
function percent(ratio: number): string {
  const tenths = Math.floor(Number((ratio * 1000).toPrecision(12)));
  const sign = tenths < 0 ? "-" : "";
  const abs = Math.abs(tenths);
  return `${sign}${Math.floor(abs / 10)},${abs % 10}`;
}

function cell(kind: (typeof COLONNES)[number]["kind"], value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return field(value);
  if (kind === "montant") return money(value);
  if (kind === "taux") return percent(value);
  return String(value);
}

function header(annee: number): string {
  return COLONNES.map((c) => {
    const unit = c.kind === "montant" ? " (€)" : c.kind === "taux" ? " (%)" : "";
    const group = c.groupe === "prevision" || c.groupe === "execution" ? `${groupeTitre(c.groupe, annee)} – ` : "";
    return field(`${group}${c.titre}${unit}`);
  }).join(SEPARATOR);
}

export function toSyntheseCsv(s: Synthese): string {
  const lines = [header(s.annee)];
  for (const l of s.lignes) lines.push(COLONNES.map((c) => cell(c.kind, c.valeur(l))).join(SEPARATOR));
  lines.push(COLONNES.map((c) => cell(c.kind, totalDe(c, s.lignes))).join(SEPARATOR));
  return `${BOM}${lines.join(EOL)}${EOL}`;
}
