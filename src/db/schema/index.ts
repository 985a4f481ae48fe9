export * from "./auth.ts";
export * from "./programmes.ts";
export * from "./applications.ts";
export * from "./mail-and-audit.ts";
export * from "./matching.ts";
