/**
 * Section: `verifpacte synthese` on every département of France, three workbooks each (Pacte
 * forecast 2024, Pacte récapitulatif 2025, CALPAE execution 2023): 303 workbooks read, checked
 * département by département, synthesised into one .xlsx. Time, and peak memory compared with a
 * third of the files: the synthesis keeps one département's workbooks at a time, so its memory
 * must not grow with the number of files.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DepartementPacte, pacteF1, pacteF2 } from "../../examples/region/descriptions/pacte";
import { xlsxBuffer } from "../../examples/build/xlsx";
import { runSynthese } from "../../src/cli/synthese";
import { DEPARTEMENTS, ofName, Territoire } from "../../src/core/referentiel/departements";
import { calpaeExecution, seededRandom } from "../calpae";
import { collectGarbage, megabytes, memorySampler, round2, timed } from "../measure";
import { figureTable, Section, show } from "../report";

const TARGET_S = 60;
/** Peak heap with all the files may exceed the peak with a third of them by this factor at most. */
const FLAT_RATIO = 1.5;

/** Multiples of 500 €: amounts as a département plans them. */
function amount(random: () => number, min: number, max: number): number {
  return Math.round((min + random() * (max - min)) / 500) * 500;
}

function pacteOf(t: Territoire, random: () => number): DepartementPacte {
  const axes = ["enfance", "enfance", "droits", "droits", "droits", "transition"] as const;
  return {
    titreRegion: `- Région ${t.region} - Département ${ofName(t)} (${t.code})`,
    actions: axes.map((axe, i) => {
      const etat = amount(random, 20_000, 200_000);
      const cd = etat + amount(random, 0, 20_000);
      const unspent = random() < 0.3 ? amount(random, 0, etat / 4) : 0;
      return {
        axe,
        titre: `Action ${i + 1} du département ${t.code}`,
        prevu2024: [etat, cd, random() < 0.3 ? amount(random, 0, 30_000) : 0],
        nonConsomme2024: [unspent, unspent],
        prevu2025: [etat + amount(random, 0, 50_000), cd + amount(random, 0, 60_000), 0],
      };
    }),
  };
}

/** Writes the three workbooks of each of the first `count` départements into `dir`. */
export async function writeRegion(dir: string, count = DEPARTEMENTS.length): Promise<string[]> {
  const files: string[] = [];
  for (const [i, t] of DEPARTEMENTS.slice(0, count).entries()) {
    const random = seededRandom(5000 + i);
    const pacte = pacteOf(t, random);
    const calpae = calpaeExecution({
      sheetName: "Exécution 2023",
      departement: { code: t.code, ofName: ofName(t), region: t.region },
      year: 2023,
      actions: 8,
      mistakes: i % 4,
      seed: i + 1,
    });
    const books = [
      { file: `${t.code}-cls-prevision-2024.xlsx`, sheets: [pacteF1(pacte)] },
      { file: `${t.code}-cls-recapitulatif-2025.xlsx`, sheets: [pacteF2(pacte)] },
      { file: `${t.code}-calpae-execution-2023.xlsx`, sheets: [calpae.sheet] },
    ];
    for (const book of books) {
      writeFileSync(join(dir, book.file), await xlsxBuffer(book));
      files.push(book.file);
    }
  }
  return files;
}

const quiet = { write: () => undefined };

/** One synthesis, in process: duration, CPU, peak memory, exit code. */
async function measure(dir: string, files: string[], output: string) {
  collectGarbage();
  const sampler = memorySampler();
  const run = await timed(() => runSynthese([...files, "--sortie", output], { stdout: quiet, stderr: quiet, cwd: dir }));
  const peak = sampler.stop();
  return {
    seconds: round2(run.ms / 1000),
    cpu: round2(run.cpuMs / 1000),
    code: run.result,
    heap: megabytes(peak.heapUsed),
    rss: megabytes(peak.rss),
  };
}

export const syntheseSection: Section = {
  title: `Synthèse régionale : ${DEPARTEMENTS.length * 3} classeurs (${DEPARTEMENTS.length} départements × 3 tableaux) en un classeur de synthèse`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "verifpacte-bench-synthese-"));
    try {
      process.stderr.write(`… génération de ${DEPARTEMENTS.length * 3} classeurs dans ${dir}\n`);
      const files = await writeRegion(dir);
      const third = files.slice(0, Math.floor(files.length / 9) * 3);
      const small = await measure(dir, third, "synthese-tiers.xlsx");
      const all = await measure(dir, files, "synthese.xlsx");
      const ratio = round2(all.heap / small.heap);
      return figureTable(
        {
          Classeurs: files.length,
          "Temps total (s)": all.seconds,
          "Temps CPU (s)": all.cpu,
          "Par classeur (ms)": round2((all.seconds * 1000) / files.length),
          "Code de sortie": all.code,
          "Taille du classeur de synthèse (Ko)": round2(statSync(join(dir, "synthese.xlsx")).size / 1024),
          [`Pic du tas, ${third.length} classeurs (Mo)`]: small.heap,
          [`Pic du tas, ${files.length} classeurs (Mo)`]: all.heap,
          [`Pic RSS, ${files.length} classeurs (Mo)`]: all.rss,
          "Rapport des pics du tas (tous / un tiers)": ratio,
        },
        [
          {
            label: `synthèse de ${files.length} classeurs`,
            limit: `< ${TARGET_S} s`,
            measured: `${show(all.seconds)} s`,
            met: all.seconds < TARGET_S,
          },
          {
            label: "mémoire indépendante du nombre de classeurs (pic du tas, tous / un tiers)",
            limit: `< ${show(FLAT_RATIO)}`,
            measured: show(ratio),
            met: ratio < FLAT_RATIO,
          },
        ],
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
