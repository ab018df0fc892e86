export * from "./address";
export * from "./model";
