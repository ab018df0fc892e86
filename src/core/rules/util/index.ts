/** Helpers shared by the rules: rows, columns, cells, money, relations, totals, fixes, Chorus, dispositif. */
export * from "./amounts";
export * from "./cells";
export * from "./chorus";
export * from "./columns";
export * from "./dispositif";
export * from "./fixes";
export * from "./money";
export * from "./relations";
export * from "./rows";
export * from "./templateK";
export * from "./totals";
