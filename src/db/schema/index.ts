export * from "./auth.ts";
export * from "./programmes.ts";
export * from "./applications.ts";
export * from "./mail-and-audit.ts";
export * from "./matching.ts";
export * from "./partnerships.ts";
export * from "./sessions.ts";
export * from "./surveys.ts";
