/** Section 5: the browser workbench in headless Chromium (first render of the pane, analysis of the sample). */
import { benchWorkbench } from "../workbench-bench";
import { figureTable, Section } from "../report";

export const workbenchSection: Section = {
  title: "5. Banc d'essai dans Chromium : premier affichage du volet et analyse de l'exemple",
  async run() {
    process.stderr.write("… banc d'essai dans Chromium\n");
    return figureTable(await benchWorkbench());
  },
};
