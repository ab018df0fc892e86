/**
 * The « Paramètres » form: Settings ↔ the texts the user types. Amounts are typed in French
 * (« 1 012 485 € ») and read with the core's parseAmount into cents; percentages as « 50 » or
 * « 12,5 % ». Bad input gives a French message per field, never a crash.
 */
import { parseAmount } from "../../core/parse/amount";
import { formatEuros, formatNumberFr } from "../../core/parse/format";
import { chorusDigits, PACTE_AXES } from "../../core/referentiel/dispositifs";
import { CHORUS_LENGTH } from "../../core/referentiel/chorus";
import type { Dispositif } from "../../core/referentiel/types";
import type { Settings } from "../../core/settings";
import { TEXTES } from "../textes";

export interface AmountLine {
  /** Stable id for React lists (not stored). */
  id: number;
  key: string;
  amount: string;
}

export interface SettingsForm {
  dispositif: Dispositif | "auto";
  annee: string;
  departement: string;
  montantNotifie: string;
  montants: AmountLine[];
  seuilCofinancement: string;
  seuilEcart: string;
  marqueurs: string;
}

/** Field name → French message; amount lines as `montants.<id>.key` / `montants.<id>.amount`. */
export type FormErrors = Record<string, string>;

export type FormResult = { ok: true; settings: Settings } | { ok: false; errors: FormErrors };

const percentText = (ratio: number): string => formatNumberFr(ratio * 100);

export function toForm(settings: Settings): SettingsForm {
  return {
    dispositif: settings.dispositif ?? "auto",
    annee: settings.annee === null ? "" : String(settings.annee),
    departement: settings.departement ?? "",
    montantNotifie: settings.montantNotifie === null ? "" : formatEuros(settings.montantNotifie),
    montants: Object.entries(settings.montantsParPilier).map(([key, cents], id) => ({
      id,
      key,
      amount: formatEuros(cents),
    })),
    seuilCofinancement: percentText(settings.seuilCofinancement),
    seuilEcart: percentText(settings.seuilEcartIndicateur),
    marqueurs: settings.marqueursAcceptes.join("\n"),
  };
}

type Parsed<T> = { value: T } | { error: string };

/** Cents of a French amount; empty text gives null when `optional`. */
export function readAmount(text: string, optional: boolean): Parsed<number | null> {
  const parsed = parseAmount(text);
  switch (parsed.kind) {
    case "empty":
      return optional ? { value: null } : { error: TEXTES.validation.montantVide };
    case "amount":
      return parsed.cents < 0 ? { error: TEXTES.validation.montantNegatif } : { value: parsed.cents };
    case "invalid":
      return { error: TEXTES.validation.montantIllisible(parsed.reason) };
    case "error":
      return { error: TEXTES.validation.montantErreur };
    case "other":
      return { error: TEXTES.validation.pasUnMontant(text.trim()) };
  }
}

/** « 50 », « 12,5 % » → 0.5, 0.125. */
export function readPercent(text: string): Parsed<number> {
  const m = /^\s*(\d{1,3}(?:[.,]\d+)?)\s*%?\s*$/.exec(text);
  const value = m ? Number(m[1].replace(",", ".")) : NaN;
  if (!(value >= 0 && value <= 100)) return { error: TEXTES.validation.pourcentage };
  return { value: Number((value / 100).toPrecision(12)) };
}

export function readYear(text: string): Parsed<number | null> {
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  const year = /^\d{4}$/.test(trimmed) ? Number(trimmed) : NaN;
  return year >= 2000 && year <= 2100 ? { value: year } : { error: TEXTES.validation.annee };
}

const PILIERS = PACTE_AXES.filter((a) => a.inContract).map((a) => String(a.pilier));

/** « 1 », « pilier 3 » → "3"; « 0304 50 23 23 01 » → "030450232301". */
export function readPilierKey(text: string): Parsed<string> {
  const trimmed = text.trim();
  if (trimmed === "") return { error: TEXTES.validation.cleVide };
  const pilier = /^(?:pilier\s*)?(\d)$/i.exec(trimmed)?.[1];
  if (pilier !== undefined && PILIERS.includes(pilier)) return { value: pilier };
  const compact = trimmed.replace(/[\s.\u00a0\u202f]/g, "");
  const digits = /^\d+$/.test(compact) ? chorusDigits(compact) : "";
  if (digits.length === CHORUS_LENGTH) return { value: digits };
  return { error: TEXTES.validation.cleInvalide(trimmed) };
}

function readMarkers(text: string): string[] {
  const markers = text
    .split(/\r?\n/)
    .map((m) => m.trim())
    .filter((m) => m !== "");
  return [...new Set(markers)];
}

function readAmounts(lines: readonly AmountLine[], errors: FormErrors): Record<string, number> {
  const result: Record<string, number> = {};
  for (const line of lines) {
    const key = readPilierKey(line.key);
    const amount = readAmount(line.amount, false);
    if ("error" in key) errors[`montants.${line.id}.key`] = key.error;
    else if (Object.prototype.hasOwnProperty.call(result, key.value))
      errors[`montants.${line.id}.key`] = TEXTES.validation.cleEnDouble(key.value);
    if ("error" in amount) errors[`montants.${line.id}.amount`] = amount.error;
    if ("value" in key && "value" in amount && amount.value !== null) result[key.value] = amount.value;
  }
  return result;
}

/** Reads the form over `base` (ignores and mappings are kept as they are). */
export function fromForm(form: SettingsForm, base: Settings): FormResult {
  const errors: FormErrors = {};
  const take = <T>(field: string, parsed: Parsed<T>, fallback: T): T => {
    if ("value" in parsed) return parsed.value;
    errors[field] = parsed.error;
    return fallback;
  };
  const settings: Settings = {
    ...base,
    dispositif: form.dispositif === "auto" ? null : form.dispositif,
    annee: take("annee", readYear(form.annee), null),
    departement: form.departement.trim() || null,
    montantNotifie: take("montantNotifie", readAmount(form.montantNotifie, true), null),
    montantsParPilier: readAmounts(form.montants, errors),
    seuilCofinancement: take("seuilCofinancement", readPercent(form.seuilCofinancement), 0),
    seuilEcartIndicateur: take("seuilEcart", readPercent(form.seuilEcart), 0),
    marqueursAcceptes: readMarkers(form.marqueurs),
  };
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, settings };
}
