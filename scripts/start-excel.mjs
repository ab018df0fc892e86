// npm run start:excel — serves the task pane over HTTPS on https://localhost:3000 (certificates of
// office-addin-dev-certs, whose local authority is installed on first use), then sideloads
// manifest.xml: Windows (registry key WEF\Developer), macOS (wef folder), else Excel on the web.
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("..", import.meta.url));
const MANIFEST = join(ROOT, "manifest.xml");
const PANE_URL = "https://localhost:3000/taskpane.html";
const WINDOWS_KEY = "HKCU\\Software\\Microsoft\\Office\\16.0\\WEF\\Developer";
const MAC_EXCEL = "/Applications/Microsoft Excel.app";
const MAC_WEF = join(homedir(), "Library/Containers/com.microsoft.Excel/Data/Documents/wef");

const CERTIFICATE_HELP = `Impossible de préparer le certificat HTTPS de développement (office-addin-dev-certs).
Office n'ouvre le volet qu'en HTTPS, avec un certificat auquel le système fait confiance.
Pour faire confiance au certificat, puis relancer « npm run start:excel » :
  - Windows : lancez « npx office-addin-dev-certs install » et acceptez l'ajout de l'autorité
    « Developer CA for Microsoft Office Add-ins » ;
  - macOS : lancez « npx office-addin-dev-certs install » et saisissez votre mot de passe
    (le certificat va dans le trousseau de session) ;
  - Linux (Debian, Ubuntu), en administrateur : copiez ~/.office-addin-dev-certs/ca.crt dans
    /usr/local/share/ca-certificates/office-addin-dev-certs/ puis lancez « update-ca-certificates » ;
    pour Excel sur le web, importez aussi ce fichier dans les autorités de certification du
    navigateur.`;

function fail(message, error) {
  console.error(`\n${message}`);
  if (error) console.error(`\nDétail : ${error.message ?? error}`);
  process.exit(1);
}

async function startServer() {
  const webpack = require("webpack");
  const WebpackDevServer = require("webpack-dev-server");
  const makeConfig = require(join(ROOT, "webpack.config.js"));
  let config;
  try {
    config = await makeConfig({ https: true }, { mode: "development" });
  } catch (error) {
    fail(CERTIFICATE_HELP, error);
  }
  const server = new WebpackDevServer(config.devServer, webpack(config));
  try {
    await server.start();
  } catch (error) {
    const busy = error.code === "EADDRINUSE";
    fail(
      busy
        ? "Le port 3000 est déjà occupé : arrêtez l'autre serveur (npm run dev-server ?) puis relancez."
        : "Le serveur de développement n'a pas démarré.",
      error,
    );
  }
  const stop = () => server.stop().then(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  console.log(`\nVolet servi sur ${PANE_URL} (Ctrl+C pour arrêter).`);
}

function addinId() {
  const id = /<Id>([^<]+)<\/Id>/.exec(readFileSync(MANIFEST, "utf8"));
  if (!id) fail("manifest.xml n'a pas d'élément <Id> : impossible d'enregistrer le complément.");
  return id[1].trim();
}

function hasWindowsExcel() {
  try {
    execFileSync("reg", ["query", "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\App Paths\\excel.exe"], {
      stdio: "ignore",
    });
    return true;
  } catch {
    return false;
  }
}

function sideloadWindows(id) {
  execFileSync("reg", ["add", WINDOWS_KEY, "/v", id, "/t", "REG_SZ", "/d", MANIFEST, "/f"], { stdio: "ignore" });
  spawn("cmd", ["/c", "start", "", "excel"], { detached: true, stdio: "ignore" }).unref();
  console.log(`Complément enregistré pour Excel (${WINDOWS_KEY}, valeur ${id}).
Excel démarre : ouvrez un classeur, puis Accueil > VerifPacte.
Pour retirer le complément : reg delete "${WINDOWS_KEY}" /v ${id} /f`);
}

function sideloadMac(id) {
  mkdirSync(MAC_WEF, { recursive: true });
  const target = join(MAC_WEF, `${id}.manifest.xml`);
  copyFileSync(MANIFEST, target);
  spawn("open", ["-a", "Microsoft Excel"], { detached: true, stdio: "ignore" }).unref();
  console.log(`Manifeste copié dans ${target}.
Excel démarre : ouvrez un classeur, puis Accueil > VerifPacte (ou Insertion > Compléments > Mes compléments).
Pour retirer le complément : supprimez ce fichier puis redémarrez Excel.`);
}

function explainExcelOnTheWeb() {
  console.log(`Pas d'Excel de bureau sur cette machine : chargez le complément dans Excel sur le web.
  1. Ouvrez un classeur dans Excel sur le web (Microsoft 365), dans un navigateur qui fait confiance
     au certificat de https://localhost:3000 (ouvrez ${PANE_URL} : aucune alerte ne doit s'afficher).
  2. Insérer > Compléments > Charger mon complément (selon la version : Accueil > Compléments >
     Plus de compléments > Mes compléments > Charger mon complément).
  3. Choisissez le fichier ${MANIFEST}, puis cliquez sur Accueil > VerifPacte.`);
}

function sideload() {
  const id = addinId();
  try {
    if (process.platform === "win32" && hasWindowsExcel()) return sideloadWindows(id);
    if (process.platform === "darwin" && existsSync(MAC_EXCEL)) return sideloadMac(id);
  } catch (error) {
    console.error(`Le chargement automatique dans Excel a échoué (${error.message}).`);
  }
  explainExcelOnTheWeb();
}

await startServer();
sideload();
