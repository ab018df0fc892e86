import { findMarker, findMarkerFamily, markerKey } from "../../../src/core/parse/marker";
import { INDICATOR_MARKERS } from "../../../src/core/referentiel/markers";

describe("liste des marqueurs (référentiel)", () => {
  test("chaque libellé et chaque variante désigne son marqueur", () => {
    for (const m of INDICATOR_MARKERS) {
      for (const written of [m.label, ...m.variants]) expect(findMarker(written)).toBe(m.label);
    }
  });

  test("aucune écriture ne désigne deux marqueurs, chaque sens est expliqué", () => {
    const owner = new Map<string, string>();
    for (const m of INDICATOR_MARKERS) {
      expect(m.meaning).toMatch(/\.$/);
      for (const written of [m.label, ...m.variants]) {
        const key = markerKey(written);
        expect(owner.get(key) ?? m.label).toBe(m.label);
        owner.set(key, m.label);
      }
    }
  });
});

describe("findMarker", () => {
  test.each<[string, string]>([
    ["N.C.", "nc"],
    ["  Sans   Objet ", "sans objet"],
    ["(Action non démarrée)", "action non demarree"],
    ["Pas d’indicateur prévu", "pas d'indicateur prevu"],
    ["Non-renseigné", "non renseigne"],
  ])("clé de %j", (text, key) => {
    expect(markerKey(text)).toBe(key);
  });

  test("un texte qui contient un marqueur n'est pas un marqueur", () => {
    expect(findMarker("nc en 2022")).toBeNull();
    expect(findMarker("Sans objet car action abandonnée")).toBeNull();
    expect(findMarker("()")).toBeNull();
  });

  test("marqueurs supplémentaires", () => {
    expect(findMarker("A DEFINIR", ["à définir"])).toBe("à définir");
    expect(findMarker("A DEFINIR")).toBeNull();
  });

  test("familles de mentions (issue 7) : la mention suivie d'une précision", () => {
    expect(findMarkerFamily("Non contractualisé en 2019, action démarrée en 2020")).toBe("Non contractualisé");
    expect(findMarkerFamily("Pas d'indicateur prévu pour cette mesure")).toBe("Pas d'indicateur prévu");
    expect(findMarkerFamily("Données en cours de compilation…")).toBe("Données en cours de compilation");
    expect(findMarkerFamily("Données en cours de compilation suite à la cyberattaque d'octobre")).toBe(
      "Données en cours de compilation",
    );
    expect(findMarkerFamily("Sans objet car action abandonnée")).toBe("Sans objet");
    expect(findMarkerFamily("NC")).toBe("NC");
    expect(findMarkerFamily("A définir avec le prestataire", ["à définir"])).toBe("à définir");
    expect(findMarkerFamily("voir rapport d'activité joint")).toBeNull();
    expect(findMarkerFamily("- voir rapport")).toBeNull();
    expect(findMarkerFamily("Nature des actions")).toBeNull();
  });
});
