/**
 * Rounds of alike applicants (issue 11): everyone works in English, shares one interest and
 * differs only in country and library, so nearly every pair ties. Above 1,000 people each
 * person keeps only their best 50 candidates; ties once followed one shared order, everyone
 * kept the same 50 people, and a round of 1,200 left 976 unmatched while certified optimal.
 */
import { describe, expect, it } from "vitest";
import { matchRound } from "./match-round.ts";
import { generateAlikeParticipants } from "./testing/alike-round.ts";

describe("rounds of alike profiles", () => {
  for (const count of [1000, 1200, 2000, 10_000]) {
    it(`pairs everyone of ${count.toLocaleString("en")}, certified over all allowed pairs`, () => {
      const result = matchRound(generateAlikeParticipants(count, 11), {}, { seed: 5 });
      expect(result.summary.unmatched).toBe(0);
      expect(result.summary.pairs).toBe(count / 2);
      expect(result.certified).toBe(true);
      expect(result.proof.scope).toBe("all_allowed_pairs");
      expect(result.proof.candidatesPerPerson).toBe(count > 1000 ? 50 : null);
    }, 30_000);
  }
});
