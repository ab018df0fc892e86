/** Section 4: the Excel add-in's exchanges with Excel (syncs, payload), through the in-memory fake. */
import { benchExcel } from "../excel-bench";
import { figureTable, Section } from "../report";

export const excelSection: Section = {
  title: "3. Complément Excel, sur le faux Excel en mémoire : échanges (syncs) et volumes",
  async run() {
    process.stderr.write("… complément Excel\n");
    return figureTable(await benchExcel());
  },
};
