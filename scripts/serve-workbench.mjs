// npm start — builds the browser workbench into its own folder, dist/banc-essai/ (the production
// build of the add-in in dist/complement/ is never touched), serves it on http://localhost:3000/
// (PORT=…, or the next free port), then opens it in a browser when the machine has a display.
// Ctrl+C stops it. `npm start -- --production` builds the minified bundle (slower to build).
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const { buildWorkbench, serveStatic, WORKBENCH_OUTPUT } = require("./workbench-server.cjs");

/** A browser can be shown: Windows, macOS, or a Linux desktop session. */
function hasDisplay() {
  if (process.env.CI) return false;
  if (process.platform === "win32" || process.platform === "darwin") return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

function openBrowser(url) {
  const [command, args] =
    process.platform === "win32"
      ? ["cmd", ["/c", "start", "", url]]
      : process.platform === "darwin"
        ? ["open", [url]]
        : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", () => console.log("(Ouvrez cette adresse dans votre navigateur.)"));
  child.unref();
}

async function main() {
  const mode = process.argv.includes("--production") ? "production" : "development";
  console.log("VerifPacte : construction du banc d'essai…");
  const root = await buildWorkbench({ mode, outputPath: WORKBENCH_OUTPUT });
  const { url } = await serveStatic(root, { port: Number(process.env.PORT) || 3000 });
  console.log(`VerifPacte : banc d'essai sur ${url}`);
  console.log("Arrêt : Ctrl+C.");
  if (hasDisplay()) openBrowser(url);
}

main().catch((error) => {
  console.error(`VerifPacte : ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
