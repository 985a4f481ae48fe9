/** The numbers a facilitator reads first: people, pairs, unmatched, mean and lowest score, cross-country and cross-sector shares. */
import type { Participant } from "./participant.ts";
import type { MatchedGroup, RoundSummary } from "./round-result.ts";

export function summariseRound(
  participants: readonly Participant[],
  groups: readonly MatchedGroup[],
  unmatchedCount: number,
): RoundSummary {
  const byId = new Map(participants.map((p) => [p.id, p]));
  const links = groups.flatMap((g) => g.links);
  const scores = links.map((l) => l.score);
  const share = (test: (a: Participant, b: Participant) => boolean) =>
    links.length === 0
      ? 0
      : round1(
          (100 * links.filter((l) => test(byId.get(l.ids[0])!, byId.get(l.ids[1])!)).length) /
            links.length,
        );
  return {
    people: participants.length,
    groups: groups.length,
    pairs: groups
      .filter((g) => g.kind === "pair" || g.kind === "mentorship")
      .reduce((n, g) => n + g.links.length, 0),
    triads: groups.filter((g) => g.kind === "triad").length,
    matchedPeople: groups.reduce((n, g) => n + g.memberIds.length, 0),
    unmatched: unmatchedCount,
    meanScore: scores.length === 0 ? 0 : round1(scores.reduce((a, b) => a + b, 0) / scores.length),
    lowestScore: scores.length === 0 ? 0 : scores.reduce((a, b) => Math.min(a, b)),
    crossCountryPercent: share((a, b) => a.country.toUpperCase() !== b.country.toUpperCase()),
    crossSectorPercent: share((a, b) => a.sector !== b.sector),
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
