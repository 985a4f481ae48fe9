export * from "./graph.ts";
export * from "./max-weight-matching.ts";
export * from "./certificate.ts";
export * from "./bipartite-b-matching.ts";
export * from "./b-matching-certificate.ts";
// Scoring and round matching.
export * from "./participant.ts";
export * from "./scoring-config.ts";
export * from "./round-config.ts";
export * from "./explanation.ts";
export * from "./round-result.ts";
export { prepareScoring, scorePair, explainPair, findHardRuleViolation } from "./score-pair.ts";
export type { RoundIndex, HardRuleViolation } from "./score-pair.ts";
export { renderExplanation, type RenderOptions } from "./render-explanation.ts";
export { matchRound, type MatchRoundOptions, type MatchProgress } from "./match-round.ts";
export { generateSyntheticParticipants, type SyntheticRoundOptions } from "./synthetic-round.ts";
