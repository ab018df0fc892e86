/**
 * An in-memory Excel implementing the subset of the Excel JavaScript API that src/excel uses,
 * with its rules (proxies, load then sync, PropertyNotLoaded, null objects, payload limits,
 * protection, requirement sets, change events). No Node API: it also runs in the browser workbench.
 */
export { FakeWorkbook, EXCEL_WEB_LIMITS, payloadBytes } from "./workbook";
export type { FakeChangedEvent, FakeLimits, FakeOptions, FakeStats } from "./workbook";
export { FakeSheet } from "./model";
export type { FakeCell, FakeThread, FakeValue, Visibility } from "./model";
export { FakeRequestContext } from "./context";
export { FakeOfficeError } from "./errors";
export { fakeFromCore, coreFromFake } from "./convert";
export { diffWorkbooks } from "./compare";
export type { CompareOptions } from "./compare";
export { fakeHost } from "./host";
export { syntheticWorkbook } from "./synthetic";
export type { SyntheticOptions } from "./synthetic";
