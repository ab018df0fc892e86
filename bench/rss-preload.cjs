// Preloaded into the command line run by the bench (node -r): prints the process's peak resident
// memory (kilobytes) on stderr when it exits. On Linux it is VmHWM of /proc/self/status: the
// peak of this program only (getrusage's maxrss also counts the parent's memory at fork time).
"use strict";
process.on("exit", () => {
  const fs = require("node:fs");
  let kb = process.resourceUsage().maxRSS;
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (match) kb = Number(match[1]);
  } catch {
    // not Linux: getrusage's figure
  }
  fs.writeSync(2, `\n__PIC_RSS_KO__ ${kb}\n`);
});
