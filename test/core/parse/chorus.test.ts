import { formatChorusCode, nearCodes, parseChorusCell, withChorusCode } from "../../../src/core/parse/chorus";

describe("parseChorusCell", () => {
  test("code imprimé avec espaces et description longue", () => {
    expect(parseChorusCell("0304 50 19 19 03 - 1er accueil social inconditionnel")).toEqual({
      digits: "030450191903",
      written: "0304 50 19 19 03",
      formatted: "0304 50 19 19 03",
      label: "1er accueil social inconditionnel",
      amountCents: null,
      span: { start: 0, end: 16 },
      problems: [],
    });
  });

  test("code sans espaces, seul dans la cellule", () => {
    const cell = parseChorusCell("030450232301");
    expect([cell.digits, cell.formatted, cell.label, cell.problems]).toEqual(["030450232301", "0304 50 23 23 01", null, []]);
  });

  test("montant écrit dans la cellule : lu en centimes, hors de la description", () => {
    const cell = parseChorusCell("0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 791 055€ en 2021)");
    expect([cell.digits, cell.label, cell.amountCents, cell.problems]).toEqual([
      "030450191903",
      "1er accueil social inconditionnel",
      79105500,
      [],
    ]);
  });

  test("montant suivi de € sans le mot montant", () => {
    const cell = parseChorusCell("0304 50 19 19 04 Référents de parcours (55 000 €)");
    expect([cell.label, cell.amountCents]).toEqual(["Référents de parcours", 5500000]);
  });

  test("montant illisible : signalé, pas deviné", () => {
    const cell = parseChorusCell("0304 50 19 19 03 (montant CALPAE : 73 00€)");
    expect(cell.amountCents).toBeNull();
    expect(cell.digits).toBe("030450191903");
    expect(cell.problems).toEqual([
      { kind: "amount", reason: "« 73 00€ » : groupes de chiffres qui ne sont pas des milliers, montant illisible" },
    ]);
  });

  test("10 chiffres : une paire manque", () => {
    const cell = parseChorusCell("0304 50 19 03 - 1er accueil social inconditionnel");
    expect([cell.digits, cell.formatted, cell.problems]).toEqual(["0304501903", null, [{ kind: "length", count: 10 }]]);
  });

  test("13 chiffres : un chiffre de trop", () => {
    const cell = parseChorusCell("0304 50 19 19 033");
    expect(cell.problems).toEqual([{ kind: "length", count: 13 }]);
    expect(cell.digits).toBe("0304501919033");
  });

  test("lettres dans le code, lues comme les chiffres qu'elles imitent", () => {
    expect(parseChorusCell("0304 5O 19 I9 03").problems).toEqual([
      { kind: "letters", letters: ["O", "I"], reading: "030450191903" },
      { kind: "length", count: 10 },
    ]);
    expect(parseChorusCell("0304 50 19 19 0A").problems).toEqual([
      { kind: "letters", letters: ["A"], reading: null },
      { kind: "length", count: 11 },
    ]);
  });

  test("deux codes dans une cellule", () => {
    const cell = parseChorusCell("0304 50 19 19 03 / 0304 50 19 19 04");
    expect(cell.digits).toBe("030450191903");
    expect(cell.problems).toEqual([{ kind: "several", codes: ["0304 50 19 19 03", "0304 50 19 19 04"] }]);
  });

  test("séparateurs inhabituels", () => {
    expect(parseChorusCell("0304.50.19.19.03").problems).toEqual([{ kind: "separators" }]);
    expect(parseChorusCell("0304-50-19-19-03").problems).toEqual([{ kind: "separators" }]);
    expect(parseChorusCell("030450 191903").problems).toEqual([{ kind: "separators" }]);
    expect(parseChorusCell("0304\u00a050 19 19\u00a003").problems).toEqual([]);
  });

  test("zéro initial perdu (code saisi comme un nombre)", () => {
    const cell = parseChorusCell("30450191903");
    expect([cell.digits, cell.formatted, cell.problems]).toEqual(["030450191903", "0304 50 19 19 03", [{ kind: "zero" }]]);
  });

  test("pas de code : texte seul, année ou pourcentage ignorés", () => {
    for (const text of ["à compléter", "Plan 100% d'accès aux droits 2024", ""]) {
      const cell = parseChorusCell(text);
      expect([cell.digits, cell.span, cell.problems]).toEqual([null, null, []]);
    }
    expect(parseChorusCell("à compléter").label).toBe("à compléter");
  });
});

describe("withChorusCode", () => {
  test("remplace le code écrit et garde la description et le montant", () => {
    const text = "0304 50 19 03 - 1er accueil social inconditionnel (montant CALPAE : 55 000€)";
    expect(withChorusCode(text, parseChorusCell(text), "030450191903", "ignoré")).toBe(
      "0304 50 19 19 03 - 1er accueil social inconditionnel (montant CALPAE : 55 000€)",
    );
  });

  test("ajoute la description du référentiel quand la cellule n'en a pas", () => {
    expect(withChorusCode("30450191903", parseChorusCell("30450191903"), "030450191903", "1er accueil")).toBe(
      "0304 50 19 19 03 - 1er accueil",
    );
    expect(withChorusCode("", parseChorusCell(""), "030450232301", "pilier 1")).toBe("0304 50 23 23 01 - pilier 1");
  });
});

describe("formatChorusCode et nearCodes", () => {
  test("forme imprimée 4-2-2-2-2", () => {
    expect(formatChorusCode("030450232501")).toBe("0304 50 23 25 01");
  });

  test("codes à une paire ou un chiffre près", () => {
    const codes = ["030450191903", "030450191904", "030450171901", "030450191901"];
    expect(nearCodes("0304501903", codes)).toEqual(["030450191903"]);
    expect(nearCodes("0304501901", codes)).toEqual(["030450171901", "030450191901"]);
    expect(nearCodes("0304501919033", codes)).toEqual(["030450191903"]);
    expect(nearCodes("030450191903", codes)).toEqual([]);
    expect(nearCodes("03045019", codes)).toEqual([]);
  });
});
