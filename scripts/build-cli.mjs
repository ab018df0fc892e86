// Bundles the command line (src/cli/main.ts and the pure core it uses) into dist/verifpacte.cjs.
// Runs on `npm install` / `npm ci` (the "prepare" script) so that `verifpacte` works right after.
import { build } from "esbuild";
import { existsSync } from "node:fs";

const entry = "src/cli/main.ts";
if (!existsSync(entry)) {
  console.log("build-cli: pas encore de ligne de commande à construire.");
  process.exit(0);
}
await build({
  entryPoints: [entry],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: "dist/verifpacte.cjs",
  sourcemap: true,
  logLevel: "warning",
});
