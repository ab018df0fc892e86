/**
 * Four FICTIONAL départements of a fictional région « Hautes-Terres » (names, codes 96–99 that no
 * real département has, actions and amounts invented), each telling one story to the DREETS:
 * - Val-d'Argent (99): careful tables, both dispositifs (CALPAE 2022–2023, then the Pacte);
 * - Hautes-Brumes (98): a 2025 table with mistakes (a sous-total typed by hand, an unreadable
 *   amount, the template's K = G+I formula on one row), and a CALPAE 2022 execution announcing
 *   reports into 2023 without any 2023 forecast;
 * - Côte-des-Lilas (97): its 2025 table keeps the template's title « Région xxx - Département du
 *   xxx » (the file name says 97), a low 2024 consumption and a CD share below 50 % for 2025;
 * - Monts-Clairs (96): a 2024 forecast, and nothing for 2025.
 */
import { DepartementPacte } from "./pacte";

export const REGION = "Région Hautes-Terres";

export const VAL_D_ARGENT: DepartementPacte = {
  titreRegion: `- ${REGION} - Département de Val-d'Argent (99)`,
  actions: [
    {
      axe: "enfance",
      titre: "Accompagner les familles monoparentales vers les modes d'accueil",
      prevu2024: [80_000, 80_000, 0],
      prevu2025: [100_000, 100_000, 0],
    },
    {
      axe: "enfance",
      titre: "Prévenir le décrochage scolaire par le mentorat",
      prevu2024: [60_000, 60_000, 20_000],
      nonConsomme2024: [10_000, 10_000],
      prevu2025: [70_000, 75_000, 20_000],
    },
    {
      axe: "droits",
      titre: "Coordonner l'accès aux droits dans les maisons des solidarités",
      prevu2024: [150_000, 150_000, 0],
      prevu2025: [180_000, 180_000, 0],
    },
    {
      axe: "droits",
      titre: "Lutter contre la fracture numérique",
      prevu2024: [45_000, 50_000, 0],
      prevu2025: [55_000, 60_000, 0],
    },
    {
      axe: "transition",
      titre: "Développer une plateforme de mobilité solidaire",
      prevu2024: [95_000, 95_000, 15_000],
      nonConsomme2024: [5_000, 5_000],
      prevu2025: [115_000, 120_000, 15_000],
    },
  ],
};

export const HAUTES_BRUMES: DepartementPacte = {
  titreRegion: `- ${REGION} - Département des Hautes-Brumes (98)`,
  actions: [
    {
      axe: "enfance",
      titre: "Soutien à la parentalité dans les quartiers prioritaires",
      prevu2024: [120_000, 120_000, 0],
      prevu2025: [140_000, 140_000, 0],
    },
    {
      axe: "enfance",
      titre: "Petits déjeuners et accompagnement éducatif",
      prevu2024: [40_000, 45_000, 0],
      prevu2025: [50_000, 55_000, 0],
    },
    {
      axe: "droits",
      titre: "Prévention des expulsions locatives",
      prevu2024: [90_000, 90_000, 30_000],
      nonConsomme2024: [20_000, 20_000],
      prevu2025: [110_000, 110_000, 30_000],
    },
    {
      axe: "droits",
      titre: "Accès aux soins des personnes sans domicile",
      prevu2024: [70_000, 70_000, 0],
      prevu2025: [85_000, 85_000, 0],
    },
    {
      axe: "transition",
      titre: "Lutte contre la précarité énergétique (SLIME)",
      prevu2024: [110_000, 110_000, 0],
      prevu2025: [125_000, 130_000, 0],
    },
  ],
};

/** Cells of the Hautes-Brumes 2025 table changed as a département really sends them. */
export const HAUTES_BRUMES_ERREURS = {
  // sous-total of the « accès aux droits » axe typed by hand, and wrong (A: 90 000 + 70 000 = 160 000)
  E11: 150_000,
  // CD 2025 of the transition action: digits split as in « 24 275 55 € » (SPEC §2), unreadable
  O12: "130 000 00 €",
  // the template's formula K = G+I on the first row (SPEC §3 F2)
  P6: "=L6+N6",
} as const;

export const COTE_DES_LILAS: DepartementPacte = {
  titreRegion: `- ${REGION} - Département de la Côte-des-Lilas (97)`,
  actions: [
    {
      axe: "enfance",
      titre: "Crèches à vocation d'insertion professionnelle",
      prevu2024: [100_000, 100_000, 0],
      nonConsomme2024: [45_000, 45_000],
      prevu2025: [130_000, 90_000, 0],
    },
    {
      axe: "droits",
      titre: "Maisons France services itinérantes",
      prevu2024: [120_000, 120_000, 0],
      nonConsomme2024: [50_000, 50_000],
      prevu2025: [150_000, 100_000, 0],
    },
    {
      axe: "droits",
      titre: "Domiciliation des personnes sans domicile stable",
      prevu2024: [40_000, 40_000, 0],
      prevu2025: [50_000, 40_000, 0],
    },
    {
      axe: "transition",
      titre: "Épiceries solidaires et alimentation durable",
      prevu2024: [60_000, 60_000, 10_000],
      nonConsomme2024: [20_000, 20_000],
      prevu2025: [80_000, 60_000, 10_000],
    },
  ],
};

/** The title line of the 2025 table, left as in the template. */
export const TITRE_MODELE = "- Région xxx - Département du xxx";

export const MONTS_CLAIRS: DepartementPacte = {
  titreRegion: `- ${REGION} - Département des Monts-Clairs (96)`,
  actions: [
    { axe: "enfance", titre: "Lieux d'accueil enfants-parents", prevu2024: [50_000, 55_000, 0] },
    { axe: "droits", titre: "Premier accueil social inconditionnel", prevu2024: [80_000, 80_000, 0] },
    { axe: "transition", titre: "Garages solidaires", prevu2024: [30_000, 30_000, 5_000] },
  ],
};
