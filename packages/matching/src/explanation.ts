/**
 * Why a pair scored what it did, as data: one entry per named contribution, with the
 * points it gave and the shared items. The app renders its own translated sentence from
 * this; `renderExplanation` (render-explanation.ts) gives an English one.
 */

export type ContributionName =
  | "shared_interests"
  | "language"
  | "availability"
  | "match_by"
  | "partner_sector"
  | "text_similarity"
  | "mentor_fit"
  | "locked";

export interface Contribution {
  contribution: ContributionName;
  points: number;
  /** Shared things, best first: interest ids, language codes, words. */
  items?: string[];
  detail?: Record<string, string | number>;
}

export interface PairExplanation {
  /** Sum of the contributions' points. */
  score: number;
  contributions: Contribution[];
}
