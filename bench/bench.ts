/**
 * `npm run bench`: prints, in French, the figures of the core and the command line on realistic
 * and big workbooks, each section as a small table with its targets. Nothing timed is asserted.
 * `npm run bench -- --json` prints the same figures as JSON; `npm run bench -- --sections 2,4`
 * runs only those sections.
 * To add a section, write a `Section` (./report) and put it in SECTIONS.
 */
import { cpus, loadavg, platform, totalmem } from "node:os";
import { megabytes, round2, timed } from "./measure";
import { Section, SectionResult, sectionText, show } from "./report";
import { examplesSection } from "./sections/examples";
import { excelSection } from "./sections/excel";
import { readingSection } from "./sections/reading";
import { syntheseSection } from "./sections/synthese";
import { workbenchSection } from "./sections/workbench";

const SECTIONS: Section[] = [examplesSection, readingSection, excelSection, workbenchSection, syntheseSection];

interface Outcome {
  title: string;
  result: SectionResult | null;
  error: string | null;
}

function machine(): Record<string, string | number> {
  const list = cpus();
  return {
    Cœurs: list.length,
    Processeur: list[0]?.model.trim() ?? "inconnu",
    "Mémoire (Mo)": Math.round(megabytes(totalmem())),
    Node: process.version,
    Système: `${platform()} ${process.arch}`,
    "Charge (1 min)": loadavg()[0].toFixed(2).replace(".", ","),
  };
}

async function runSection(section: Section): Promise<Outcome> {
  try {
    return { title: section.title, result: await section.run(), error: null };
  } catch (error) {
    return { title: section.title, result: null, error: error instanceof Error ? error.message : String(error) };
  }
}

function outcomeText(o: Outcome): string {
  return o.result ? sectionText(o.title, o.result) : `${o.title}\n  section impossible : ${o.error}\n`;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const header = machine();
  if (!json) {
    console.log(
      `Banc d'essai VerifPacte — ${Object.entries(header)
        .map(([k, v]) => `${k} : ${show(v)}`)
        .join(", ")}\n`,
    );
  }
  const outcomes: Outcome[] = [];
  const chosen = process.argv.includes("--sections")
    ? process.argv[process.argv.indexOf("--sections") + 1]?.split(",").map(Number)
    : null;
  const sections = chosen ? SECTIONS.filter((_, i) => chosen.includes(i + 1)) : SECTIONS;
  const total = await timed(async () => {
    for (const section of sections) {
      const outcome = await runSection(section);
      outcomes.push(outcome);
      if (!json) console.log(outcomeText(outcome));
    }
  });
  const seconds = round2(total.ms / 1000);
  if (json) console.log(JSON.stringify({ machine: header, sections: outcomes, dureeTotaleSecondes: seconds }, null, 2));
  else console.log(`Durée totale du banc : ${show(seconds)} s`);
}

main().catch((error: unknown) => {
  console.error(`banc d'essai interrompu : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
