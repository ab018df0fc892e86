// Runs a TypeScript script (examples generator, bench) by bundling it with esbuild first.
// Usage: node scripts/run-ts.mjs <file.ts> [args…]
import { build } from "esbuild";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error("usage : node scripts/run-ts.mjs <fichier.ts> [arguments…]");
  process.exit(2);
}
// Inside the project, so that the bundle's require() of its packages finds node_modules.
const cache = resolve("node_modules", ".cache");
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, "verifpacte-"));
const out = join(dir, "script.cjs");
await build({
  entryPoints: [resolve(entry)],
  bundle: true,
  platform: "node",
  target: "node20",
  format: "cjs",
  outfile: out,
  packages: "external",
  logLevel: "warning",
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(out).href);
} finally {
  process.on("exit", () => rmSync(dir, { recursive: true, force: true }));
}
