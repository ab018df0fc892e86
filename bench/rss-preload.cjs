// Preloaded into the command line run by the bench (node -r): prints the process's peak resident
// memory (kilobytes, from getrusage) on stderr when it exits.
"use strict";
process.on("exit", () => {
  require("node:fs").writeSync(2, `\n__PIC_RSS_KO__ ${process.resourceUsage().maxRSS}\n`);
});
