import { analyze } from "../../src/core/engine";
import { toWorkbook } from "./build";
import { FICHES } from "./index";
const id = process.env.CAS ?? "";
test("montrer", () => {
  for (const c of FICHES.filter((x) => x.id.startsWith(id))) {
    for (const twin of ["anomalies", "sain"] as const) {
      const a = analyze((twin === "anomalies" ? c.anomalies : c.sain).map(toWorkbook));
      console.log(`${c.id} ${twin}\n` + a.tables.map((t) => `  T ${t.family} ${t.sheet.name}!${t.id} — ${t.detection}`).join("\n") + "\n" + a.unmapped.map((u) => `  U ${u.sheet.name} ${u.reason}`).join("\n") + "\n" + a.findings.map((f) => `  F ${f.ruleId} ${f.severity} ${f.sheet}!${f.cell} ${f.message} ${f.fix ? JSON.stringify(f.fix) : ""}`).join("\n"));
    }
  }
});
