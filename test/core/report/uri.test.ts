import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { run } from "../../../src/cli/run";
import { SarifLog } from "../../../src/core";
import { fileLocation, isAbsoluteUri, normalizedPath } from "../../../src/core/report/uri";
import { captureIo } from "../../cli/helpers";

const ajv = new Ajv();
addFormats(ajv);
const isUri = ajv.compile({ type: "string", format: "uri" });
const isUriReference = ajv.compile({ type: "string", format: "uri-reference" });

describe("chemins de classeurs → URI (RFC 3986, schéma file)", () => {
  test.each([
    ["chemin relatif simple", "examples/a.xlsx", { uri: "examples/a.xlsx", uriBaseId: "%SRCROOT%" }],
    [
      "« ./ » retiré, séparateurs Windows",
      ".\\dreets\\77 récap.xlsx",
      { uri: "dreets/77%20r%C3%A9cap.xlsx", uriBaseId: "%SRCROOT%" },
    ],
    [
      "# ? % et espaces encodés",
      "n°1 #final? 100%.xlsx",
      { uri: "n%C2%B01%20%23final%3F%20100%25.xlsx", uriBaseId: "%SRCROOT%" },
    ],
    ["« .. » gardé", "../autre/b.xlsx", { uri: "../autre/b.xlsx", uriBaseId: "%SRCROOT%" }],
    [
      "deux-points d'un nom relatif encodé (jamais pris pour un schéma)",
      "c:notes.xlsx",
      { uri: "c%3Anotes.xlsx", uriBaseId: "%SRCROOT%" },
    ],
    ["chemin absolu Unix", "/srv/dreets/a b.xlsx", { uri: "file:///srv/dreets/a%20b.xlsx" }],
    [
      "chemin Windows : jamais un schéma « c: »",
      "c:\\Users\\Agnès\\Documents\\77.xlsx",
      { uri: "file:///C:/Users/Agn%C3%A8s/Documents/77.xlsx" },
    ],
    ["chemin Windows à barres obliques", "D:/partage/x#1.xlsx", { uri: "file:///D:/partage/x%231.xlsx" }],
    ["partage réseau UNC", "\\\\serveur\\dreets idf\\77.xlsx", { uri: "file://serveur/dreets%20idf/77.xlsx" }],
    [
      "caractères de contrôle et bidi encodés",
      "a\u001B[2J\u202E.xlsx",
      { uri: "a%1B%5B2J%E2%80%AE.xlsx", uriBaseId: "%SRCROOT%" },
    ],
    ["demi-paire UTF-16 isolée remplacée", "a\uD800b.xlsx", { uri: "a%EF%BF%BDb.xlsx", uriBaseId: "%SRCROOT%" }],
  ])("%s", (_what, name, expected) => {
    const location = fileLocation(name);
    expect(location).toEqual(expected);
    if (location.uriBaseId) expect(isUriReference(location.uri)).toBe(true);
    else expect(isUri(location.uri)).toBe(true);
  });

  test("chemin normalisé des empreintes", () => {
    expect(normalizedPath(".\\dreets\\a.xlsx")).toBe("dreets/a.xlsx");
    expect(normalizedPath("././a.xlsx")).toBe("a.xlsx");
  });

  test("URI absolue : schéma puis caractères permis seulement", () => {
    expect(isAbsoluteUri("https://exemple.fr/docs/")).toBe(true);
    expect(isAbsoluteUri("file:///C:/VerifPacte/")).toBe(true);
    expect(isAbsoluteUri("docs/regles/README.md")).toBe(false);
    expect(isAbsoluteUri("file:///dossier avec espace/")).toBe(false);
    expect(isAbsoluteUri("C:\\VerifPacte\\")).toBe(false);
  });
});

test("ligne de commande : chaque artefact, résolu contre %SRCROOT%, désigne le fichier contrôlé ; pages d'aide présentes", async () => {
  const root = join(__dirname, "..", "..", "..");
  const io = captureIo(join(root, "examples"));
  await run(["--format", "sarif", "erreurs-plantees.xlsx", join(root, "examples", "indicateurs-2024.xlsx")], io.io);
  const sarifRun = (JSON.parse(io.out()) as SarifLog).runs[0];
  const base = sarifRun.originalUriBaseIds?.["%SRCROOT%"].uri;
  expect(base).toBe(`${pathToFileURL(join(root, "examples")).href}/`);
  const paths = sarifRun.artifacts.map((a) => fileURLToPath(new URL(a.location.uri, a.location.uriBaseId ? base : undefined)));
  expect(paths).toEqual([join(root, "examples", "erreurs-plantees.xlsx"), join(root, "examples", "indicateurs-2024.xlsx")]);
  const { driver } = sarifRun.tool;
  expect(fileURLToPath(driver.informationUri!)).toBe(join(root, "README.md"));
  expect(fileURLToPath(driver.rules[0].helpUri!)).toBe(join(root, "docs", "regles", `${driver.rules[0].id}.md`));
});
