/** Small text helpers shared by the write plan and the reports. */

/** A text that Excel (or a spreadsheet opening a CSV) would read as a formula: =, +, - or @ first. */
export function startsLikeFormula(text: string): boolean {
  return /^\s*[=+\-@]/.test(text);
}

/** 5 March 2026 → "05/03/2026": the local calendar day (a workbook's dates use parse/format formatDateFr). */
export function localDateFr(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getDate())}/${two(date.getMonth() + 1)}/${date.getFullYear()}`;
}

/** « [Contrôle 05/03/2026] », the prefix of every comment the tool writes (SPEC §6). */
export function controlPrefix(today: Date): string {
  return `[Contrôle ${localDateFr(today)}]`;
}
