/**
 * Bench of the Excel adapter through the fake (Excel on the web's limits: 5 Mo, 5 millions de
 * cellules par échange): syncs and payload to read a workbook of 50 sheets × 2 000 rows, to write
 * corrections into it (a realistic plan and a very large one), and to undo them.
 */
import { CellWrite, WritePlan } from "../src/core/engine/plan";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { createWorkbookService } from "../src/excel";
import { Session, prepare, stampOf, writeChanges } from "../src/excel/apply";
import { capabilities } from "../src/excel/host";
import { OwnWrites } from "../src/excel/ownWrites";
import { readSnapshot } from "../src/excel/snapshot";
import { restoreJournal } from "../src/excel/undo";
import { FakeWorkbook, fakeFromCore, fakeHost, syntheticWorkbook } from "../src/fake-excel";
import { readXlsx } from "../src/xlsx";
import { megabytes, round2, timed } from "./measure";

const SHEETS = 50;
const ROWS = 2_000;
const AMOUNTS = 6;
const NOW = new Date(2026, 2, 5, 14, 32);

/** Runs `work` in one Excel.run over the fake, with fresh statistics. */
async function measured(fake: FakeWorkbook, work: (session: Session) => Promise<unknown>) {
  const host = fakeHost(fake);
  fake.resetStats();
  const { ms } = await timed(() =>
    host.run((context) => work({ context, caps: capabilities(host), limits: fake.limits, own: new OwnWrites() })),
  );
  return { ...fake.stats, ms: round2(ms) };
}

/** One total formula rewritten per sheet row, every `step` rows. */
function plan(step: number): WritePlan {
  const cells: CellWrite[] = [];
  for (let s = 1; s <= SHEETS; s++) {
    for (let r = 3; r < ROWS + 3; r += step) {
      cells.push({
        file: "synthetique.xlsx",
        sheet: `Feuille ${s}`,
        cell: `H${r}`,
        kind: "formula",
        formula: `=B${r}+C${r}+D${r}+E${r}+F${r}+G${r}`,
        findings: [],
      });
    }
  }
  return { cells, comments: [], conflicts: [] };
}

async function write(fake: FakeWorkbook, step: number) {
  return measured(fake, async (session) => {
    const ready = await prepare(session, plan(step));
    await writeChanges(session, ready, stampOf(NOW));
  });
}

/** What the task pane costs in syncs on the example with planted errors: « Analyser », then one correction and « Tout corriger ». */
async function paneSyncs() {
  const file = "erreurs-plantees.xlsx";
  const { workbook } = await readXlsx(readFileSync(join(process.cwd(), "examples", file)), file);
  const fake = fakeFromCore(workbook);
  const service = createWorkbookService(fakeHost(fake, { today: () => NOW }));
  fake.resetStats();
  const { analysis } = await service.analyzeWorkbook();
  const analyse = fake.stats.syncs;
  const fixable = analysis.findings.filter((f) => f.fix !== null && f.fix.kind !== "comment");
  fake.resetStats();
  await service.apply(fixable.slice(0, 1), []);
  const one = fake.stats.syncs;
  const rest = (await service.analyzeWorkbook()).analysis.findings.filter((f) => f.fix !== null && f.fix.kind !== "comment");
  fake.resetStats();
  await service.apply(rest, []);
  return { analyse, one, all: fake.stats.syncs, count: rest.length };
}

export async function benchExcel(): Promise<Record<string, string | number>> {
  const pane = await paneSyncs();
  const fake = fakeFromCore(syntheticWorkbook({ sheets: SHEETS, rows: ROWS, amounts: AMOUNTS }));
  const read = await measured(fake, (session) => readSnapshot(session.context, session.caps, session.limits, () => undefined));
  const small = await write(fake, 100);
  const large = await write(fake, 1);
  const undo = await measured(fake, restoreJournal);
  return {
    "Volet, « Analyser » (instantané, paramètres, journal) : syncs": pane.analyse,
    "Volet, « Appliquer » une correction : syncs": pane.one,
    [`Volet, « Tout corriger » (${pane.count} corrections) : syncs`]: pane.all,
    "Classeur lu": `${SHEETS} feuilles × ${ROWS} lignes × ${AMOUNTS + 2} colonnes`,
    "Lecture : syncs": read.syncs,
    "Lecture : réponses (Mo)": megabytes(read.responseBytes),
    "Lecture : plus grande réponse (Mo)": megabytes(read.largestResponse),
    "Lecture : durée (ms)": read.ms,
    "Écriture de 1 000 corrections : syncs": small.syncs,
    "Écriture de 1 000 corrections : demandes (Mo)": megabytes(small.requestBytes),
    "Écriture de 1 000 corrections : recalculs": small.recalculations,
    "Écriture de 1 000 corrections : durée (ms)": small.ms,
    "Écriture de 100 000 corrections : syncs": large.syncs,
    "Écriture de 100 000 corrections : plus grande demande (Mo)": megabytes(large.largestRequest),
    "Écriture de 100 000 corrections : durée (ms)": large.ms,
    "Annulation des 101 000 corrections : syncs": undo.syncs,
    "Annulation : durée (ms)": undo.ms,
  };
}
