import { CHORUS_ACTIVITIES, chorusActivity, chorusOwner, codesOf } from "../../../src/core/referentiel/chorus";
import { DISPOSITIFS, PACTE_AXES } from "../../../src/core/referentiel/dispositifs";

describe("référentiel des codes Chorus", () => {
  test("12 chiffres, uniques, et le préfixe de leur dispositif", () => {
    const codes = CHORUS_ACTIVITIES.map((a) => a.code);
    expect(codes.every((c) => /^\d{12}$/.test(c))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
    for (const activity of CHORUS_ACTIVITIES) {
      const prefixed = DISPOSITIFS.find((d) => d.chorusPrefixes.some((p) => activity.code.startsWith(p)));
      expect(prefixed?.id ?? null).toBe(activity.dispositif);
    }
  });

  test("codes du Pacte : un par pilier du contrat (1, 3, 4), avec le libellé de l'axe (art. 3)", () => {
    expect(codesOf("pacte").map((a) => [a.code, a.pilier, a.axe])).toEqual(
      PACTE_AXES.filter((a) => a.inContract).map((a) => [a.chorus, a.pilier, a.label]),
    );
    expect(chorusActivity("030450232501")?.label).toBe("Contractualisation avec les départements pilier 3");
  });

  test("à qui appartient un code : référentiel, sinon préfixe du dispositif, sinon inconnu", () => {
    expect(chorusOwner("030450191903")).toMatchObject({ dispositif: "calpae", contract: "la CALPAE" });
    expect(chorusOwner("030450171901")).toMatchObject({
      dispositif: null,
      contract: "la contractualisation de la protection de l'enfance",
    });
    expect(chorusOwner("030450191908")).toEqual({ dispositif: "calpae", contract: "la CALPAE" });
    expect(chorusOwner("030450232401")).toEqual({ dispositif: "pacte", contract: "le Pacte des solidarités" });
    expect(chorusOwner("123456789012")).toBeNull();
  });

  test("seul « Initiatives locales » peut servir à plusieurs thèmes", () => {
    expect(CHORUS_ACTIVITIES.filter((a) => a.shared).map((a) => a.label)).toEqual(["Initiatives locales"]);
    expect(codesOf(null)).toHaveLength(CHORUS_ACTIVITIES.length);
  });
});
