import {
  exFicheReference,
  ficheInTitle,
  ficheKey,
  matchActions,
  sameAxe,
  titleSimilarity,
  TITLE_SIMILARITY_THRESHOLD,
} from "../../../../src/core/rules/credits/match";
import { FinancialRow } from "../../../../src/core/tables/model";

let nextRow = 10;
function action(fiche: string | null, title: string | null, axe: string | null = "Thème 1"): FinancialRow {
  return {
    row: nextRow++,
    kind: "action",
    level: 0,
    label: fiche ?? "",
    fiche,
    title,
    axe,
    chorus: null,
    group: 0,
    section: null,
  };
}

const described = (result: ReturnType<typeof matchActions<FinancialRow>>) => ({
  pairs: result.pairs.map((p) => [p.source.title, p.target.title, p.by]),
  unmatchedSources: result.unmatchedSources.map((r) => r.title),
  unmatchedTargets: result.unmatchedTargets.map((r) => r.title),
});

describe("rapprochement des actions de deux années", () => {
  test("numéros de fiche normalisés", () => {
    expect(ficheKey("1.")).toBe("1");
    expect(ficheKey("Fiche 07")).toBe("7");
    expect(ficheKey(" 2.01 ")).toBe("2.1");
    expect(ficheKey("A bis.")).toBe("a bis");
  });

  test("mentions « ex-fiche k » et « report de l'ex-fiche k »", () => {
    expect(exFicheReference("Maraudes mixtes (ex-fiche 3)")).toBe("3");
    expect(exFicheReference("Report de l’ex-fiche n° 2.1 : référents")).toBe("2.1");
    expect(exFicheReference("Ex fiche action 12")).toBe("12");
    expect(exFicheReference("Fiche 4 : accueil")).toBeNull();
    expect(exFicheReference("Nouvel index fiche 4")).toBeNull();
    expect(exFicheReference(null)).toBeNull();
  });

  test("ressemblance des intitulés et des axes", () => {
    expect(titleSimilarity("Renforcer l'accueil social inconditionnel", "Accueil social inconditionnel renforcé")).toBe(0.75);
    expect(titleSimilarity("Accueil social", "Maraudes mixtes")).toBe(0);
    expect(titleSimilarity(null, "Accueil")).toBe(0);
    expect(
      sameAxe("Axe Construire une transition écologique solidaire", "Axe 4 : Construire une transition écologique et solidaire"),
    ).toBe(true);
    expect(
      sameAxe(
        "Axe Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
        "Axe Lutter contre la grande exclusion grâce à l'accès aux droits",
      ),
    ).toBe(false);
    expect(sameAxe("Mesures socle : jeunes sortant de l'ASE", "Mesures socle - Jeunes sortant de l’ASE")).toBe(true);
    expect(sameAxe(null, "Thème")).toBe(true);
    expect(TITLE_SIMILARITY_THRESHOLD).toBe(0.6);
  });

  test("par numéro de fiche dans le même axe : les numéros recommencent à 1 dans chaque axe", () => {
    const sources = [action("1", "Parentalité", "Axe 1"), action("1", "Gouvernance", "Axe 3"), action("2", "MDA", "Axe 3")];
    const targets = [action("1.", "Gouvernance de l'accès aux droits", "Axe 3"), action("1", "Parentalité", "Axe 1")];
    expect(described(matchActions(sources, targets))).toEqual({
      pairs: [
        ["Gouvernance", "Gouvernance de l'accès aux droits", "fiche"],
        ["Parentalité", "Parentalité", "fiche"],
      ],
      unmatchedSources: ["MDA"],
      unmatchedTargets: [],
    });
  });

  test("la mention « ex-fiche » l'emporte sur le numéro", () => {
    const sources = [action("2", "Maraudes"), action("3", "Référents de parcours")];
    const targets = [action("2", "Accueil des jeunes majeurs"), action("3", "Maraudes mixtes (ex-fiche 2)")];
    expect(described(matchActions(sources, targets))).toEqual({
      pairs: [["Maraudes", "Maraudes mixtes (ex-fiche 2)", "exFiche"]],
      unmatchedSources: ["Référents de parcours"],
      unmatchedTargets: ["Accueil des jeunes majeurs"],
    });
  });

  test("par ressemblance des intitulés quand les numéros ont changé, le plus proche d'abord", () => {
    const sources = [
      action("5", "Formation des travailleurs sociaux"),
      action("6", "Premier accueil social inconditionnel de proximité"),
    ];
    const targets = [
      action("9", "Accueil social inconditionnel de proximité"),
      action("10", "Formation des travailleurs sociaux du département"),
      action("11", "Maraudes"),
    ];
    expect(described(matchActions(sources, targets))).toEqual({
      pairs: [
        ["Premier accueil social inconditionnel de proximité", "Accueil social inconditionnel de proximité", "titre"],
        ["Formation des travailleurs sociaux", "Formation des travailleurs sociaux du département", "titre"],
      ],
      unmatchedSources: [],
      unmatchedTargets: ["Maraudes"],
    });
  });

  test("un numéro en double dans un axe : l'intitulé le plus proche", () => {
    const sources = [action("1", "Accueil social"), action("1", "Référents de parcours")];
    const targets = [action("1", "Référents de parcours RSA")];
    expect(described(matchActions(sources, targets)).pairs).toEqual([
      ["Référents de parcours", "Référents de parcours RSA", "fiche"],
    ]);
  });

  test("« ex-fiche k » sous toutes ses graphies (issue 7)", () => {
    expect(exFicheReference("Accompagnement numérique (report ex-fiche 9 : pas de nouveaux crédits)")).toBe("9");
    expect(exFicheReference("Garde d'enfants (report ex- Fiche 12)")).toBe("12");
    expect(exFicheReference("Premier accueil (report de l'ex-fiche 4)")).toBe("4");
    expect(exFicheReference("Épicerie solidaire (exfiche 3)")).toBe("3");
    expect(exFicheReference("Ateliers santé (EX-FICHE 14)")).toBe("14");
    expect(exFicheReference("Ateliers santé (ex – fiche n°7)")).toBe("7");
    expect(exFicheReference("Indexation des fiches 2023")).toBeNull();
    expect(ficheInTitle("Fiche 9 : Accompagnement numérique")).toBe("9");
    expect(ficheInTitle("Fiche action n° 3.1 – Accueil")).toBe("3.1");
    expect(ficheInTitle("Accueil (fiche 3)")).toBeNull();
  });

  test("« ex-fiche k » désigne la fiche k de N−1 par son numéro ou par le « Fiche k » qui ouvre son intitulé", () => {
    const sources = [
      action("6.1", "Fiche 9 : Accompagnement numérique des allocataires du RSA"),
      action("10.1", "Fiche 12 : Garde d'enfants pour les parents en parcours d'insertion"),
      action("4", "Référents de parcours"),
    ];
    const targets = [
      action("1", "Garde d'enfants (report ex- Fiche 12)"),
      action("2", "Accompagnement numérique (report ex-fiche 9 : pas de nouveaux crédits)"),
      action("3", "Formation des référents (exfiche 4)"),
    ];
    const result = matchActions(sources, targets);
    expect(result.pairs.map((p) => [p.source.fiche, p.target.fiche, p.by, p.certain, p.reference])).toEqual([
      ["10.1", "1", "exFiche", true, "12"],
      ["6.1", "2", "exFiche", true, "9"],
      ["4", "3", "exFiche", true, "4"],
    ]);
  });

  test("même numéro, intitulés sans rapport : pas de rapprochement ; l'action reprise sous un autre numéro l'est par son intitulé, sans certitude", () => {
    const sources = [action("3", "Plateforme mobilité"), action("1", "Jeunes majeurs : contrats d'accompagnement")];
    const targets = [
      action("3", "Chantier d'insertion numérique"),
      action("5", "Plateforme de mobilité solidaire"),
      action("1", "Contrats d'accompagnement des jeunes majeurs"),
    ];
    const result = matchActions(sources, targets);
    expect(result.pairs.map((p) => [p.source.title, p.target.title, p.by, p.certain])).toEqual([
      ["Jeunes majeurs : contrats d'accompagnement", "Contrats d'accompagnement des jeunes majeurs", "fiche", true],
      ["Plateforme mobilité", "Plateforme de mobilité solidaire", "titre", false],
    ]);
    expect(result.unmatchedTargets.map((t) => t.title)).toEqual(["Chantier d'insertion numérique"]);
  });

  test("certitude : même intitulé renuméroté (certain) ; deux candidats aussi proches, par l'intitulé ou par « ex-fiche » (probable)", () => {
    const same = matchActions([action("7", "Épicerie sociale itinérante")], [action("2", "Épicerie sociale itinérante")]);
    expect(same.pairs.map((p) => [p.by, p.certain])).toEqual([["titre", true]]);
    const twins = matchActions(
      [action("1", "Maraudes mixtes", "Thème A"), action("2", "Maraudes mixtes", "Thème A")],
      [action("9", "Maraudes mixtes", "Thème A")],
    );
    expect(twins.pairs.map((p) => [p.by, p.certain])).toEqual([["titre", false]]);
    // « ex-fiche 4 » : la fiche n° 4 de N−1 et la fiche « 6.1 » intitulée « Fiche 4 : … », aussi proches l'une que l'autre
    const cited = matchActions(
      [action("4", "Accueil de jour"), action("6.1", "Fiche 4 : Accueil de nuit")],
      [action("1", "Accueil (ex-fiche 4)")],
    );
    expect(cited.pairs.map((p) => [p.by, p.certain])).toEqual([["exFiche", false]]);
  });

  test("sans intitulés à comparer, le numéro seul rapproche, sans certitude", () => {
    const result = matchActions([action("2", null)], [action("2.", null)]);
    expect(result.pairs.map((p) => [p.by, p.certain])).toEqual([["fiche", false]]);
  });

  test("même numéro et intitulé raccourci dans un récapitulatif : la même action (issue 7)", () => {
    const long = "Renforcer l'accompagnement à la parentalité auprès des familles monoparentales en situation de précarité";
    const result = matchActions(
      [action("1.", long, "Axe 1"), action("2.", "Soutien psychologique des enfants", "Axe 1")],
      [action("1", "Parentalité", "Axe 1"), action("2", "Observatoire", "Axe 1")],
    );
    expect(result.pairs.map((p) => [p.source.fiche, p.target.title, p.by, p.certain])).toEqual([
      ["1.", "Parentalité", "fiche", true],
    ]);
    expect(result.unmatchedTargets.map((t) => t.title)).toEqual(["Observatoire"]);
  });
});
