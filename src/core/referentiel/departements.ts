/**
 * The territories that sign the contracts (SPEC §1): the 101 départements (INSEE code, name, the
 * article French puts before it, région), and the other collectivités with a contract of the
 * Pacte des solidarités that our sources name: the Métropole de Lyon (which exercises the
 * département's powers on its territory, INSEE code 69M) and, in the regional overview of PACA
 * (seed 003: « Contrats locaux des solidarités avec les 3 Métropoles », « … avec la Ville de
 * Marseille »), Aix-Marseille-Provence (AMP), Nice Côte d'Azur (NCA), Toulon Provence Méditerranée
 * (TPM) and the Ville de Marseille (VdM), under the abbreviations the overview uses.
 * Data, not code: the regional synthesis (src/core/synthese) reads the département of a workbook
 * from its titles and file name against this list.
 */

export type TerritoireKind = "departement" | "metropole" | "commune";

export interface Territoire {
  /** INSEE code (« 77 », « 2A », « 974 », « 69M ») or the overview's abbreviation (« AMP »). */
  code: string;
  /** Name without article: « Seine-et-Marne », « La Réunion ». */
  nom: string;
  /** « de », « de l' », « de la », « d' », « du », « des »: « Département de Seine-et-Marne ». */
  article: string;
  region: string;
  kind: TerritoireKind;
}

/** code|nom|article|région, one département a line (INSEE codes and names). */
const DEPARTEMENTS_DATA = `
01|Ain|de l'|Auvergne-Rhône-Alpes
02|Aisne|de l'|Hauts-de-France
03|Allier|de l'|Auvergne-Rhône-Alpes
04|Alpes-de-Haute-Provence|des|Provence-Alpes-Côte d'Azur
05|Hautes-Alpes|des|Provence-Alpes-Côte d'Azur
06|Alpes-Maritimes|des|Provence-Alpes-Côte d'Azur
07|Ardèche|de l'|Auvergne-Rhône-Alpes
08|Ardennes|des|Grand Est
09|Ariège|de l'|Occitanie
10|Aube|de l'|Grand Est
11|Aude|de l'|Occitanie
12|Aveyron|de l'|Occitanie
13|Bouches-du-Rhône|des|Provence-Alpes-Côte d'Azur
14|Calvados|du|Normandie
15|Cantal|du|Auvergne-Rhône-Alpes
16|Charente|de la|Nouvelle-Aquitaine
17|Charente-Maritime|de la|Nouvelle-Aquitaine
18|Cher|du|Centre-Val de Loire
19|Corrèze|de la|Nouvelle-Aquitaine
2A|Corse-du-Sud|de la|Corse
2B|Haute-Corse|de la|Corse
21|Côte-d'Or|de la|Bourgogne-Franche-Comté
22|Côtes-d'Armor|des|Bretagne
23|Creuse|de la|Nouvelle-Aquitaine
24|Dordogne|de la|Nouvelle-Aquitaine
25|Doubs|du|Bourgogne-Franche-Comté
26|Drôme|de la|Auvergne-Rhône-Alpes
27|Eure|de l'|Normandie
28|Eure-et-Loir|d'|Centre-Val de Loire
29|Finistère|du|Bretagne
30|Gard|du|Occitanie
31|Haute-Garonne|de la|Occitanie
32|Gers|du|Occitanie
33|Gironde|de la|Nouvelle-Aquitaine
34|Hérault|de l'|Occitanie
35|Ille-et-Vilaine|d'|Bretagne
36|Indre|de l'|Centre-Val de Loire
37|Indre-et-Loire|d'|Centre-Val de Loire
38|Isère|de l'|Auvergne-Rhône-Alpes
39|Jura|du|Bourgogne-Franche-Comté
40|Landes|des|Nouvelle-Aquitaine
41|Loir-et-Cher|de|Centre-Val de Loire
42|Loire|de la|Auvergne-Rhône-Alpes
43|Haute-Loire|de la|Auvergne-Rhône-Alpes
44|Loire-Atlantique|de la|Pays de la Loire
45|Loiret|du|Centre-Val de Loire
46|Lot|du|Occitanie
47|Lot-et-Garonne|de|Nouvelle-Aquitaine
48|Lozère|de la|Occitanie
49|Maine-et-Loire|de|Pays de la Loire
50|Manche|de la|Normandie
51|Marne|de la|Grand Est
52|Haute-Marne|de la|Grand Est
53|Mayenne|de la|Pays de la Loire
54|Meurthe-et-Moselle|de|Grand Est
55|Meuse|de la|Grand Est
56|Morbihan|du|Bretagne
57|Moselle|de la|Grand Est
58|Nièvre|de la|Bourgogne-Franche-Comté
59|Nord|du|Hauts-de-France
60|Oise|de l'|Hauts-de-France
61|Orne|de l'|Normandie
62|Pas-de-Calais|du|Hauts-de-France
63|Puy-de-Dôme|du|Auvergne-Rhône-Alpes
64|Pyrénées-Atlantiques|des|Nouvelle-Aquitaine
65|Hautes-Pyrénées|des|Occitanie
66|Pyrénées-Orientales|des|Occitanie
67|Bas-Rhin|du|Grand Est
68|Haut-Rhin|du|Grand Est
69|Rhône|du|Auvergne-Rhône-Alpes
70|Haute-Saône|de la|Bourgogne-Franche-Comté
71|Saône-et-Loire|de|Bourgogne-Franche-Comté
72|Sarthe|de la|Pays de la Loire
73|Savoie|de la|Auvergne-Rhône-Alpes
74|Haute-Savoie|de la|Auvergne-Rhône-Alpes
75|Paris|de|Île-de-France
76|Seine-Maritime|de la|Normandie
77|Seine-et-Marne|de|Île-de-France
78|Yvelines|des|Île-de-France
79|Deux-Sèvres|des|Nouvelle-Aquitaine
80|Somme|de la|Hauts-de-France
81|Tarn|du|Occitanie
82|Tarn-et-Garonne|de|Occitanie
83|Var|du|Provence-Alpes-Côte d'Azur
84|Vaucluse|de|Provence-Alpes-Côte d'Azur
85|Vendée|de la|Pays de la Loire
86|Vienne|de la|Nouvelle-Aquitaine
87|Haute-Vienne|de la|Nouvelle-Aquitaine
88|Vosges|des|Grand Est
89|Yonne|de l'|Bourgogne-Franche-Comté
90|Territoire de Belfort|du|Bourgogne-Franche-Comté
91|Essonne|de l'|Île-de-France
92|Hauts-de-Seine|des|Île-de-France
93|Seine-Saint-Denis|de la|Île-de-France
94|Val-de-Marne|du|Île-de-France
95|Val-d'Oise|du|Île-de-France
971|Guadeloupe|de la|Guadeloupe
972|Martinique|de la|Martinique
973|Guyane|de la|Guyane
974|La Réunion|de|La Réunion
976|Mayotte|de|Mayotte
`;

const OTHERS: readonly Territoire[] = [
  { code: "69M", nom: "Métropole de Lyon", article: "de la", region: "Auvergne-Rhône-Alpes", kind: "metropole" },
  {
    code: "AMP",
    nom: "Métropole Aix-Marseille-Provence",
    article: "de la",
    region: "Provence-Alpes-Côte d'Azur",
    kind: "metropole",
  },
  { code: "NCA", nom: "Métropole Nice Côte d'Azur", article: "de la", region: "Provence-Alpes-Côte d'Azur", kind: "metropole" },
  {
    code: "TPM",
    nom: "Métropole Toulon Provence Méditerranée",
    article: "de la",
    region: "Provence-Alpes-Côte d'Azur",
    kind: "metropole",
  },
  { code: "VdM", nom: "Ville de Marseille", article: "de la", region: "Provence-Alpes-Côte d'Azur", kind: "commune" },
];

function parse(data: string): Territoire[] {
  return data
    .trim()
    .split("\n")
    .map((line) => {
      const [code, nom, article, region] = line.split("|");
      return { code, nom, article, region, kind: "departement" as const };
    });
}

/** The 101 départements, in the order of their codes. */
export const DEPARTEMENTS: readonly Territoire[] = parse(DEPARTEMENTS_DATA);

/** Every territory a contract may be signed with: départements, then métropoles and the Ville de Marseille. */
export const TERRITOIRES: readonly Territoire[] = [...DEPARTEMENTS, ...OTHERS];

const BY_CODE = new Map(TERRITOIRES.map((t) => [t.code.toUpperCase(), t]));

/** The territory of a code (« 77 », « 2a », « 6 » → « 06 », « AMP »), or undefined. */
export function territoireByCode(code: string): Territoire | undefined {
  const trimmed = code.trim().toUpperCase();
  return BY_CODE.get(/^\d$/.test(trimmed) ? `0${trimmed}` : trimmed);
}

/** « du Var », « de l'Ain », « de La Réunion », « de la Métropole de Lyon ». */
export function ofName(t: Pick<Territoire, "article" | "nom">): string {
  return t.article.endsWith("'") ? `${t.article}${t.nom}` : `${t.article} ${t.nom}`;
}
