// For reference only (bench section 2): the time ExcelJS, the reader VerifPacte no longer ships
// (devDependency for test fixtures), takes to load a workbook, in its own process. Prints JSON.
const ExcelJS = require("exceljs");

const start = performance.now();
new ExcelJS.Workbook().xlsx
  .readFile(process.argv[2])
  .then(() => {
    const ms = performance.now() - start;
    process.stdout.write(JSON.stringify({ ms, rss: process.memoryUsage().rss }));
  })
  .catch((error) => {
    process.stderr.write(String(error && error.message));
    process.exit(1);
  });
