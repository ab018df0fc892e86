/** French reasons of the regions that look financial but could not be mapped to a family. */
import { columnLetter } from "../grid/address";
import { FAMILY_LABELS, KEY_LABELS } from "../referentiel/headers";
import { ColumnKey } from "../referentiel/types";
import { HeaderCellRead } from "./columns";
import { nearestFamilies } from "./family";

function quoted(texts: readonly string[]): string {
  return texts.map((t) => `« ${t} »`).join(", ");
}

/** « colonnes reconnues : … ; il manque, pour un F4 (…) : … ; pour un F1 (…) : … » (the two closest families). */
export function unmappedHeaderReason(row: number, cells: readonly HeaderCellRead[]): string {
  const keyed = cells.filter((c) => c.header.key !== null);
  const keys = new Set(keyed.map((c) => c.header.key as ColumnKey));
  const lacking = nearestFamilies(keys, 2)
    .map(
      ({ family, missing }) =>
        `pour un ${family} (${FAMILY_LABELS[family]}) : ${missing.map((g) => g.map((k) => KEY_LABELS[k]).join(" ou ")).join(", ")}`,
    )
    .join(" ; ");
  const others = cells.filter((c) => c.header.key === null);
  const unread = others.slice(0, 6).map((c) => `« ${c.header.text} » (colonne ${columnLetter(c.col)})`);
  const found =
    keyed.length > 0
      ? keyed.map((c) => `${KEY_LABELS[c.header.key!]} (colonne ${columnLetter(c.col)})`).join(", ") +
        (unread.length > 0 ? ` ; non reconnues : ${unread.join(", ")}${others.length > unread.length ? "…" : ""}` : "")
      : `aucune (textes lus : ${quoted(cells.slice(0, 6).map((c) => c.header.text))})`;
  return (
    `La ligne ${row + 1} ressemble à un en-tête de tableau financier mais aucun modèle ne correspond : ` +
    `colonnes reconnues : ${found} ; il manque, ${lacking}. ` +
    `Associez les colonnes à la main si ce tableau doit être contrôlé.`
  );
}

/** A financial title with no header under it. */
export function unmappedTitleReason(row: number, title: string): string {
  return (
    `Le titre « ${title} » (ligne ${row + 1}) annonce un tableau financier, mais aucun en-tête de colonnes ` +
    `reconnu ne le suit : il manque des colonnes comme « Participation État notifiée », « Crédits CD affectés » ou « Budget global ».`
  );
}
