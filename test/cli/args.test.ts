import { parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/errors";
import { progressLine } from "../../src/cli/progress";

describe("parseArgs", () => {
  it("reads every option, with a separate or an inline value", () => {
    const options = parseArgs([
      "--format=json",
      "--dispositif",
      "PACTE",
      "--annee",
      "2025",
      "--notifie",
      "737 250,50 €",
      "--corriger",
      "sortie.xlsx",
      "--couleur",
      "classeur.xlsx",
    ]);
    expect(options).toEqual({
      format: "json",
      dispositif: "pacte",
      annee: 2025,
      notifie: 73725050,
      notifieParAnnee: {},
      corriger: "sortie.xlsx",
      formules: "fr",
      couleur: true,
      aide: false,
      version: false,
      inputs: ["classeur.xlsx"],
    });
  });

  it("--formules : fr (défaut) ou en", () => {
    expect(parseArgs(["a.xlsx"]).formules).toBe("fr");
    expect(parseArgs(["--formules", "EN", "a.xlsx"]).formules).toBe("en");
    expect(() => parseArgs(["--formules=de", "a.xlsx"])).toThrow(UsageError);
  });

  it.each<[string[], number | null, Record<string, number>]>([
    [["--notifie", "737250"], 73725000, {}],
    [["--notifie", "2024=737 250 €", "--notifie=2025=1012485"], null, { "2024": 73725000, "2025": 101248500 }],
    [["--notifie", "2024 = 737250", "--notifie", "800 000 €"], 80000000, { "2024": 73725000 }],
  ])("--notifie %j : un montant par année, ou un seul sans année", (flags, plain, byYear) => {
    const options = parseArgs([...flags, "a.xlsx"]);
    expect([options.notifie, options.notifieParAnnee]).toEqual([plain, byYear]);
  });

  it("takes everything after -- as a file", () => {
    expect(parseArgs(["--", "--format", "-h"]).inputs).toEqual(["--format", "-h"]);
  });

  it("needs no file for --aide, -h and --version", () => {
    expect(parseArgs(["-h"]).aide).toBe(true);
    expect(parseArgs(["--aide"]).aide).toBe(true);
    expect(parseArgs(["--version"]).version).toBe(true);
  });

  it.each([
    [["--inconnu", "a.xlsx"], "option inconnue : --inconnu"],
    [["a.xlsx", "--format"], "l'option --format attend une valeur."],
    [["--format", "xml", "a.xlsx"], "valeur « xml » invalide pour --format : choisissez text ou json ou sarif."],
    [["--dispositif", "rsa", "a.xlsx"], "valeur « rsa » invalide pour --dispositif : choisissez calpae ou pacte."],
    [
      ["--annee", "25", "a.xlsx"],
      "année « 25 » invalide pour --annee : donnez une année sur quatre chiffres (par exemple 2025).",
    ],
    [
      ["--notifie", "73 00€", "a.xlsx"],
      `montant « 73 00€ » illisible pour --notifie : écrivez par exemple 737250 ou "737 250,00 €".`,
    ],
    [
      ["--notifie", "2024=73 00€", "a.xlsx"],
      `montant « 73 00€ » illisible pour --notifie : écrivez par exemple 737250 ou "737 250,00 €".`,
    ],
    [
      ["--notifie", "1999=10", "a.xlsx"],
      "année « 1999 » invalide pour --notifie : donnez une année sur quatre chiffres (par exemple 2025).",
    ],
    [["--notifie", "2024=1", "--notifie", "2024=2", "a.xlsx"], "--notifie est donné deux fois pour 2024."],
    [
      ["--notifie", "1", "--notifie", "2", "a.xlsx"],
      "--notifie est donné deux fois sans année : précisez l'année de chaque montant, par exemple --notifie 2024=737250 --notifie 2025=1012485.",
    ],
    [["--couleur=oui", "a.xlsx"], "l'option --couleur ne prend pas de valeur."],
    [[], "indiquez au moins un fichier .xlsx ou un dossier à contrôler."],
    [["--corriger", "s.xlsx", "a.xlsx", "b.xlsx"], "--corriger s'utilise avec un seul fichier en entrée."],
  ])("refuses %j", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(new UsageError(message));
  });
});

describe("progressLine", () => {
  it("draws the bar and cuts the line to the terminal width", () => {
    expect(progressLine(5, 10, "a.xlsx", 80)).toBe("[##########----------] 5/10 a.xlsx");
    expect(progressLine(10, 10, "dossier/très-long-nom.xlsx", 30)).toBe("[####################] 10/10…");
  });
});
