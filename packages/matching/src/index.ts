export * from "./graph.ts";
export * from "./max-weight-matching.ts";
export * from "./certificate.ts";
export * from "./bipartite-b-matching.ts";
export * from "./b-matching-certificate.ts";
