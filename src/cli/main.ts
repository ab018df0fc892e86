/** Entry point of the `verifpacte` command (bundled into dist/verifpacte.cjs). */
import { run } from "./run";
import { runSynthese } from "./synthese";

const [first, ...rest] = process.argv.slice(2);
const io = { stdout: process.stdout, stderr: process.stderr };
(first === "synthese" ? runSynthese(rest, io) : run(process.argv.slice(2), io)).then((code) => {
  process.exitCode = code;
});
