/** Section 4: the browser workbench in headless Chromium (first render of the pane, analysis of the sample). */
import { benchWorkbench } from "../workbench-bench";
import { figureTable, Section, show } from "../report";
import { round2 } from "../measure";

const MAX_PAGE_KIB = 300;

export const workbenchSection: Section = {
  title: "4. Banc d'essai dans Chromium : premier affichage du volet et analyse de l'exemple",
  async run() {
    process.stderr.write("… banc d'essai dans Chromium\n");
    const { figures, page } = await benchWorkbench();
    // The target is the page as first loaded; the parts loaded on demand are printed beside it.
    const kib = round2(page.first.gzip / 1024);
    return figureTable(figures, [
      {
        label: "page du banc d'essai au premier chargement, compressée gzip",
        limit: `≤ ${MAX_PAGE_KIB} Kio`,
        measured: `${show(kib)} Kio`,
        met: kib <= MAX_PAGE_KIB,
      },
    ]);
  },
};
