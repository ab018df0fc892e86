/** What the colours and marks of the grid mean (text, not colour only). */
import { TEXTES } from "../textes";

const ITEMS = [
  { className: "vp-changed", label: TEXTES.legende.corrigee },
  { className: "vp-error", label: TEXTES.legende.erreur },
  { className: "vp-warning", label: TEXTES.legende.avertissement },
  { className: "vp-info", label: TEXTES.legende.information },
  { className: "vp-note", label: TEXTES.legende.note },
  { className: "vp-selected", label: TEXTES.legende.selection },
];

export function Legend() {
  return (
    <ul className="vp-legend" aria-label={TEXTES.legende.titre}>
      {ITEMS.map((item) => (
        <li key={item.className}>
          <span className={`vp-swatch vp-cell ${item.className}`} aria-hidden="true" />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
