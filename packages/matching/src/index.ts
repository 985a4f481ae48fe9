export * from "./graph.ts";
export * from "./max-weight-matching.ts";
export * from "./certificate.ts";
