/**
 * manifest.xml checked offline: element order of the OfficeApp schema, required elements, resource
 * ids, icon files and their pixel sizes, HTTPS addresses, French strings; and the production
 * rewrite of its addresses (scripts/production-manifest.cjs, used by webpack.config.js).
 */
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { DOMParser, type Element } from "@xmldom/xmldom";
import { productionManifest } from "../../scripts/production-manifest.cjs";
import { MIN_EXCEL_API } from "../../src/excel/host";

const ROOT = join(__dirname, "..", "..");
const DEV_BASE = "https://localhost:3000/";
const SOURCE = readFileSync(join(ROOT, "manifest.xml"), "utf8");

function parse(xml: string): Element {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML (${level}) : ${message}`);
    },
  }).parseFromString(xml, "text/xml");
  if (!doc.documentElement) throw new Error("XML sans élément racine");
  return doc.documentElement;
}

const root = parse(SOURCE);

function children(element: Element): Element[] {
  return Array.from(element.childNodes).filter((n): n is Element => n.nodeType === 1);
}

function child(element: Element, name: string): Element {
  const found = children(element).filter((e) => e.localName === name);
  if (found.length !== 1) throw new Error(`<${element.localName}> devrait contenir un seul <${name}>, trouvé ${found.length}`);
  return found[0];
}

function path(...names: string[]): Element {
  return names.reduce(child, root);
}

function all(name: string, within: Element = root): Element[] {
  return Array.from(within.getElementsByTagNameNS("*", name));
}

const xsiType = (e: Element) => e.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
const names = (e: Element) => children(e).map((c) => c.localName);

/** PNG width and height, from the IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** The file served at an address of the development server (icons live in assets/). */
function localFile(url: string): string {
  expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
  return join(ROOT, url.slice(DEV_BASE.length));
}

const overrides = path("VersionOverrides");
const desktop = path("VersionOverrides", "Hosts", "Host", "DesktopFormFactor");
const resources = child(overrides, "Resources");

/** Resource id → its element, per resource kind (Images, Urls, ShortStrings, LongStrings). */
function resourcesOf(kind: string): Map<string, Element> {
  return new Map(children(child(resources, kind)).map((e) => [e.getAttribute("id") ?? "", e]));
}

/** The resource kind a `resid` must point to, from the element that carries it. */
function expectedKind(element: Element): string {
  if (element.localName === "Image") return "Images";
  if (element.localName === "SourceLocation" || element.localName === "LearnMoreUrl") return "Urls";
  if (element.localName === "Description") return "LongStrings";
  return "ShortStrings";
}

function resolve(resid: string): Element {
  const found = ["Images", "Urls", "ShortStrings", "LongStrings"].map((k) => resourcesOf(k).get(resid)).filter(Boolean);
  if (found.length !== 1) throw new Error(`resid « ${resid} » : ${found.length} ressources`);
  return found[0] as Element;
}

const stringOf = (resid: string) => resolve(resid).getAttribute("DefaultValue") ?? "";
const withResid = () => all("*").filter((e) => e.hasAttribute("resid"));

describe("manifest.xml : structure du schéma OfficeApp", () => {
  test("racine OfficeApp, volet Office", () => {
    expect(root.localName).toBe("OfficeApp");
    expect(root.namespaceURI).toBe("http://schemas.microsoft.com/office/appforoffice/1.1");
    expect(xsiType(root)).toBe("TaskPaneApp");
  });

  test("éléments de premier niveau présents et dans l'ordre du schéma", () => {
    expect(names(root)).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
  });

  test("identité : GUID, version à quatre nombres, locale fr-FR", () => {
    expect(path("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(path("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(path("DefaultLocale").textContent).toBe("fr-FR");
    expect(path("ProviderName").textContent?.trim()).not.toBe("");
  });

  test("classeur Excel, lecture-écriture du document, ExcelApi exigé comme le suppose l'adaptateur", () => {
    expect(path("Hosts", "Host").getAttribute("Name")).toBe("Workbook");
    expect(path("Permissions").textContent).toBe("ReadWriteDocument");
    const set = path("Requirements", "Sets", "Set");
    expect(set.getAttribute("Name")).toBe("ExcelApi");
    expect(set.getAttribute("MinVersion")).toBe(MIN_EXCEL_API);
    expect(path("DefaultSettings", "SourceLocation").getAttribute("DefaultValue")).toBe(`${DEV_BASE}taskpane.html`);
  });

  test("VersionOverrides : ordre des éléments aux niveaux imposés par le schéma", () => {
    expect(xsiType(overrides)).toBe("VersionOverridesV1_0");
    expect(names(overrides)).toEqual(["Hosts", "Resources"]);
    expect(names(resources)).toEqual(["Images", "Urls", "ShortStrings", "LongStrings"]);
    expect(names(desktop)).toEqual(["GetStarted", "ExtensionPoint"]);
    expect(names(child(desktop, "GetStarted"))).toEqual(["Title", "Description", "LearnMoreUrl"]);
    const group = all("Group", desktop)[0];
    expect(names(group)).toEqual(["Label", "Icon", "Control"]);
    expect(names(child(group, "Control"))).toEqual(["Label", "Supertip", "Icon", "Action"]);
  });

  test("bouton « VerifPacte » de l'onglet Accueil qui ouvre le volet", () => {
    expect(xsiType(path("VersionOverrides", "Hosts", "Host"))).toBe("Workbook");
    const point = child(desktop, "ExtensionPoint");
    expect(xsiType(point)).toBe("PrimaryCommandSurface");
    const tab = child(point, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = child(tab, "Group");
    expect(stringOf(child(group, "Label").getAttribute("resid") ?? "")).toBe("VerifPacte");
    const button = child(group, "Control");
    expect(xsiType(button)).toBe("Button");
    expect(stringOf(child(button, "Label").getAttribute("resid") ?? "")).toBe("VerifPacte");
    const action = child(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    const pane = resolve(child(action, "SourceLocation").getAttribute("resid") ?? "");
    expect(pane.getAttribute("id")).toBe("Taskpane.Url");
    expect(pane.getAttribute("DefaultValue")).toBe(path("DefaultSettings", "SourceLocation").getAttribute("DefaultValue"));
  });
});

describe("manifest.xml : ressources", () => {
  test("chaque resid existe, dans la bonne sorte de ressource", () => {
    const referenced = withResid();
    expect(referenced.length).toBeGreaterThan(0);
    for (const element of referenced) {
      const resid = element.getAttribute("resid") ?? "";
      expect([resid, resourcesOf(expectedKind(element)).has(resid)]).toEqual([resid, true]);
    }
  });

  test("aucune ressource inutilisée, identifiants uniques d'au plus 32 caractères", () => {
    const used = new Set(withResid().map((e) => e.getAttribute("resid")));
    const ids = ["Images", "Urls", "ShortStrings", "LongStrings"].flatMap((k) => [...resourcesOf(k).keys()]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(used.has(id)).toBe(true);
      expect(id.length).toBeLessThanOrEqual(32);
    }
  });

  test("icônes : les fichiers existent dans assets/ avec la taille annoncée", () => {
    const icons: [string, number][] = [
      [path("IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [path("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
      ...all("Image", desktop).map((img): [string, number] => [
        stringOf(img.getAttribute("resid") ?? ""),
        Number(img.getAttribute("size")),
      ]),
    ];
    for (const [url, size] of icons) {
      const file = localFile(url);
      expect([file, existsSync(file)]).toEqual([file, true]);
      expect(pngSize(file)).toEqual([size, size]);
    }
    for (const size of [16, 32, 64, 80]) expect(pngSize(join(ROOT, `assets/icon-${size}.png`))).toEqual([size, size]);
  });

  test("toutes les adresses sont en HTTPS", () => {
    const urls = [
      ...all("*")
        .map((e) => e.getAttribute("DefaultValue") ?? "")
        .filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...all("AppDomain").map((e) => e.textContent ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\/[^\s]+$/);
  });

  test("textes en français, dans les limites de longueur d'Office", () => {
    const value = (e: Element) => e.getAttribute("DefaultValue") ?? "";
    const short = [path("DisplayName"), ...resourcesOf("ShortStrings").values()].map(value);
    const sentences = [path("Description"), ...resourcesOf("LongStrings").values()].map(value);
    for (const text of short) expect(text.length).toBeLessThanOrEqual(125);
    for (const text of sentences) expect(text.length).toBeLessThanOrEqual(250);
    for (const text of sentences) expect(text).toMatch(/[àâçéèêëîïôûùœ]|\b(le|la|les|des|du|et)\b/i);
    for (const text of [...sentences, ...short]) expect(text).not.toMatch(/\b(the|click|show|taskpane|commands?)\b/i);
  });
});

describe("manifeste de production (VERIFPACTE_URL)", () => {
  test("toutes les adresses locales sont remplacées, le domaine aussi", () => {
    const hosted = productionManifest(SOURCE, "https://complements.exemple.gouv.fr/verifpacte");
    const prod = parse(hosted);
    expect(hosted).not.toContain("localhost");
    expect(child(prod, "DefaultSettings").getElementsByTagName("SourceLocation")[0].getAttribute("DefaultValue")).toBe(
      "https://complements.exemple.gouv.fr/verifpacte/taskpane.html",
    );
    expect(all("AppDomain", prod).map((e) => e.textContent)).toEqual(["https://complements.exemple.gouv.fr"]);
    expect(hosted.split("https://complements.exemple.gouv.fr/verifpacte/").length).toBe(SOURCE.split(DEV_BASE).length);
  });

  test("adresse refusée avec un message en français", () => {
    expect(() => productionManifest(SOURCE, "http://exemple.fr/")).toThrow("doit commencer par https://");
    expect(() => productionManifest(SOURCE, "exemple.fr")).toThrow("n'est pas une adresse valide");
    expect(() => productionManifest(SOURCE, "https://exemple.fr/?x=1")).toThrow("ni paramètres");
    expect(() => productionManifest(SOURCE, "https://localhost:8443/")).toThrow("pas localhost");
  });
});
