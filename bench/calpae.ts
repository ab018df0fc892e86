/**
 * Generated CALPAE execution tables (F3, SPEC §3) for the bench: realistic headers, thèmes with
 * their Chorus code merged over their actions, row formulas F = A+B+C+D+E, SUM sous-totaux,
 * TOTAUX FINANCIERS and Total dit contrôle, then a few planted mistakes. Seeded: the same options
 * always give the same sheet. Reuses the sample workbooks' builder (examples/build).
 */
import { withChanges } from "../examples/build/changes";
import { totals } from "../examples/build/rows";
import { CellInput, SheetDescription } from "../examples/build/types";
import {
  CALPAE_ACTIONS,
  CALPAE_CHORUS,
  CALPAE_INITIATIVE,
  CALPAE_SOCLE,
  CALPAE_THEMES,
  CALPAE_TITLE,
  EURO,
  f3Header,
} from "../examples/descriptions/labels";
import { formatNumberFr } from "../src/core/parse/format";
import { Departement } from "./departements";

export interface CalpaeOptions {
  sheetName: string;
  departement: Departement;
  /** Year N of the execution (the CALPAE ends in 2023: N ≤ 2022 keeps the reports allowed). */
  year: number;
  /** Number of action rows (at least 5: one per thème). */
  actions: number;
  /** Number of planted mistakes. */
  mistakes: number;
  seed: number;
}

export interface GeneratedSheet {
  sheet: SheetDescription;
  /** Names of the planted mistakes, in French. */
  planted: string[];
}

type Theme = keyof typeof CALPAE_THEMES;
const SOCLE: Theme[] = ["ase", "accueil", "referent", "brsa"];

/** Titles of the sample actions, by thème (reused with a sector number when a thème has more actions). */
const TITLES: Record<Theme, string[]> = {
  ase: [CALPAE_ACTIONS["1"], CALPAE_ACTIONS["2"]],
  accueil: [CALPAE_ACTIONS["3"]],
  referent: [CALPAE_ACTIONS["4"]],
  brsa: [CALPAE_ACTIONS["5"], CALPAE_ACTIONS["6"]],
  initiative: [CALPAE_ACTIONS["7"], CALPAE_ACTIONS["8"]],
};

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The money of one action row, in euros (multiples of 10 cents, as typed by a finance officer). */
interface Amounts {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  realise: number;
  valorisation: number;
  reportEtat: number;
  reportCd: number;
  /** Part of the other funders not called: a balance that the comment explains. */
  nonAppele: number;
}

const euros = (n: number): number => Math.round(n * 10) / 10;

function actionAmounts(random: () => number): Amounts {
  const some = (chance: number, max: number) => (random() < chance ? euros(random() * max) : 0);
  const a = euros(10_000 + random() * 290_000);
  const b = some(0.3, a * 0.2);
  const c = euros(a * (1 + random() * 0.2));
  const d = some(0.3, c * 0.2);
  const e = some(0.3, 50_000);
  const reportEtat = some(0.4, (a + b) * 0.1);
  const reportCd = some(0.4, (c + d) * 0.1);
  const nonAppele = e > 0 && random() < 0.3 ? euros(e * random()) : 0;
  const realise = euros(a + b + c + d + e - reportEtat - reportCd - nonAppele);
  const valorisation = some(0.4, Math.min(realise, c) * 0.3);
  return { a, b, c, d, e, realise, valorisation, reportEtat, reportCd, nonAppele };
}

function comment(m: Amounts, year: number): string | null {
  if (m.nonAppele > 0) {
    return `Solde de ${formatNumberFr(m.nonAppele, 2)} € : participation des autres financeurs non appelée en ${year} (pas de colonne de report).`;
  }
  if (m.reportEtat + m.reportCd > 0) return `Reliquat reporté sur ${year + 1} : entrées en accompagnement décalées.`;
  return null;
}

function actionRow(r: number, fiche: number, title: string, m: Amounts, year: number): CellInput[] {
  return [
    null,
    null,
    String(fiche),
    title,
    m.a,
    m.b,
    m.c,
    m.d,
    m.e,
    `=E${r}+F${r}+G${r}+H${r}+I${r}`,
    m.realise,
    m.valorisation,
    m.reportEtat,
    m.reportCd,
    comment(m, year),
  ];
}

/** Where things are, for planting mistakes. */
interface Layout {
  actions: Map<number, Amounts>;
  /** First row of each thème (its thème and Chorus cells). */
  themeRows: number[];
  /** Each section's sous-total row and its action rows. */
  sections: { total: number; first: number; last: number }[];
}

/** « 312 222,40 » → « 312.222.40 € »: an amount nobody can read for sure (SPEC §2). */
function unreadable(n: number): string {
  return `${formatNumberFr(n, 2).replace(/ /g, ".").replace(",", ".")} €`;
}

type Mistake = { name: string; plant(layout: Layout, random: () => number): Record<string, CellInput> };

const pick = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)];

/** The kinds of mistakes found in real workbooks (SPEC §2 and §5), each planted at a random place. */
const MISTAKES: Mistake[] = [
  {
    name: "formule F sans E",
    plant: (l, rnd) => onAction(l, rnd, (r) => ({ [`I${r}`]: 5000, [`J${r}`]: `=E${r}+F${r}+G${r}+H${r}` })),
  },
  { name: "montant en texte", plant: (l, rnd) => onAction(l, rnd, (r, m) => ({ [`E${r}`]: `${formatNumberFr(m.a, 2)} €` })) },
  { name: "montant illisible", plant: (l, rnd) => onAction(l, rnd, (r, m) => ({ [`G${r}`]: unreadable(m.c) })) },
  { name: "montant négatif", plant: (l, rnd) => onAction(l, rnd, (r) => ({ [`I${r}`]: -5000 })) },
  {
    name: "réalisé supérieur au budget",
    plant: (l, rnd) => onAction(l, rnd, (r, m) => ({ [`K${r}`]: euros(m.a + m.b + m.c + m.d + m.e + 25_000) })),
  },
  {
    name: "solde non expliqué",
    plant: (l, rnd) => onAction(l, rnd, (r, m) => ({ [`K${r}`]: euros(m.realise - 2000), [`O${r}`]: null })),
  },
  {
    name: "code Chorus à 10 chiffres",
    plant: (l, rnd) => ({ [`B${pick(l.themeRows, rnd)}`]: "0304 50 19 03 - 1er accueil social inconditionnel" }),
  },
  { name: "sous-total tapé à la main", plant: (l, rnd) => ({ [`E${pick(l.sections, rnd).total}`]: 123_456 }) },
  {
    name: "SOMME non étendue",
    plant: (l, rnd) => {
      const s = pick(
        l.sections.filter((x) => x.last > x.first),
        rnd,
      );
      return { [`G${s.total}`]: `=SUM(G${s.first}:G${s.last - 1})` };
    },
  },
];

function onAction(l: Layout, random: () => number, change: (row: number, m: Amounts) => Record<string, CellInput>) {
  const row = pick([...l.actions.keys()], random);
  return change(row, l.actions.get(row) as Amounts);
}

/** Spreads `count` actions over the thèmes: a fifth for the département's initiatives, the rest over the socle. */
function themeSizes(count: number): [Theme, number][] {
  if (count < 5) throw new Error(`il faut au moins 5 actions (une par thème), pas ${count}`);
  const initiative = Math.max(1, Math.round(count / 5));
  const socle = count - initiative;
  const sizes = SOCLE.map((t, i): [Theme, number] => [t, Math.floor(socle / 4) + (i < socle % 4 ? 1 : 0)]);
  return [...sizes, ["initiative", initiative]];
}

export function calpaeExecution(o: CalpaeOptions): GeneratedSheet {
  const random = seededRandom(o.seed);
  const rows: Record<number, CellInput[]> = {
    1: [CALPAE_TITLE],
    2: [`- Région ${o.departement.region} - Département ${o.departement.ofName} (${o.departement.code})`],
    3: [`Exécution budgétaire ${o.year}`],
    5: f3Header(o.year),
  };
  const merges: string[] = [];
  const layout: Layout = { actions: new Map(), themeRows: [], sections: [] };
  let r = 6;
  let fiche = 1;
  const addTheme = (theme: Theme, size: number) => {
    const first = r;
    for (let i = 0; i < size; i++, r++, fiche++) {
      const titles = TITLES[theme];
      const title = size > titles.length ? `${titles[i % titles.length]} – secteur ${i + 1}` : titles[i];
      const m = actionAmounts(random);
      rows[r] = actionRow(r, fiche, title, m, o.year);
      layout.actions.set(r, m);
    }
    rows[first].splice(0, 2, CALPAE_THEMES[theme], CALPAE_CHORUS[theme]);
    layout.themeRows.push(first);
    if (size > 1) merges.push(`A${first}:A${r - 1}`, `B${first}:B${r - 1}`);
  };
  const addSection = (themes: [Theme, number][], label: string) => {
    const first = r;
    for (const [theme, size] of themes) addTheme(theme, size);
    rows[r] = totals([label, null, null, null], "E", "N", (c) => `=SUM(${c}${first}:${c}${r - 1})`);
    layout.sections.push({ total: r, first, last: r - 1 });
    merges.push(`A${r}:D${r}`);
    r++;
  };
  const sizes = themeSizes(o.actions);
  addSection(sizes.slice(0, 4), CALPAE_SOCLE);
  addSection(sizes.slice(4), CALPAE_INITIATIVE);
  const [socle, initiative] = layout.sections;
  rows[r] = totals(["TOTAUX FINANCIERS", null, null, null], "E", "N", (c) => `=${c}${socle.total}+${c}${initiative.total}`);
  rows[r + 1] = totals(
    ["Total dit contrôle", null, null, null],
    "E",
    "N",
    (c) => `=SUM(${c}${socle.first}:${c}${socle.last},${c}${initiative.first}:${c}${initiative.last})`,
  );
  merges.push(`A${r}:D${r}`, `A${r + 1}:D${r + 1}`);
  const correct: SheetDescription = {
    name: o.sheetName,
    rows,
    formats: { "E:N": EURO },
    merges,
    headerRows: [5],
    boldRows: [1, 2, 3, socle.total, initiative.total, r, r + 1],
  };
  return plantMistakes(correct, layout, o.mistakes, random);
}

function plantMistakes(sheet: SheetDescription, layout: Layout, count: number, random: () => number): GeneratedSheet {
  const mistakes = Array.from({ length: count }, () => pick(MISTAKES, random));
  const changes = Object.assign({}, ...mistakes.map((m) => m.plant(layout, random))) as Record<string, CellInput>;
  return { sheet: withChanges(sheet, changes), planted: mistakes.map((m) => m.name) };
}
