/** The example workbooks embedded in the page (webpack copies them and gives their URL). */
import recapitulatif from "../../examples/recapitulatif-2025.xlsx";
import plantees from "../../examples/erreurs-plantees.xlsx";
import { TEXTES } from "./textes";

export interface Example {
  name: string;
  label: string;
  url: string;
}

export const EXAMPLES: Example[] = [
  { name: "recapitulatif-2025.xlsx", label: TEXTES.exemples.recapitulatif, url: recapitulatif },
  { name: "erreurs-plantees.xlsx", label: TEXTES.exemples.plantees, url: plantees },
];

/** Opened by default: every erreur it holds has a correction, so « Tout corriger » leaves none. */
export const DEFAULT_EXAMPLE = EXAMPLES[0];
