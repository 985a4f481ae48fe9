/** The engine's result as a run stores it, and the summary recomputed after any change. */
import type { RoundResult } from "@shelfmates/matching";
import type { RunGroup, RunResult, RunSummary } from "./matching-run-types.ts";

export interface PersonFacts {
  country: string;
  sector: string;
}

export function fromEngineResult(
  result: RoundResult,
  people: ReadonlyMap<string, PersonFacts>,
): RunResult {
  const groups: RunGroup[] = result.groups.map((g, i) => ({
    key: `g${i + 1}`,
    kind: g.kind,
    memberIds: g.memberIds,
    score: g.score,
    links: g.links,
    locked: g.locked,
    manual: false,
    // A locked group may break a hard rule; the engine says which in the "locked" contribution.
    hardRuleBreaks: g.links.flatMap((l) =>
      l.explanation.contributions.flatMap((c) =>
        c.contribution === "locked" && typeof c.detail?.overrides === "string"
          ? [c.detail.overrides as RunGroup["hardRuleBreaks"][number]]
          : [],
      ),
    ),
  }));
  const unmatched = result.unmatched.map((u) => ({ id: u.id, reason: u.reason }));
  return {
    mode: result.mode,
    groups,
    unmatched,
    certified: result.certified,
    proof: {
      scope: result.proof.scope,
      candidatesPerPerson: result.proof.candidatesPerPerson,
      ...(result.proof.gap ? { gap: result.proof.gap } : {}),
    },
    summary: summariseRun(groups, unmatched, people),
    nextKey: groups.length + 1,
  };
}

export function summariseRun(
  groups: readonly RunGroup[],
  unmatched: readonly { id: string }[],
  people: ReadonlyMap<string, PersonFacts>,
): RunSummary {
  const links = groups.flatMap((g) => g.links);
  const scores = links.map((l) => l.score);
  const fact = (id: string) => people.get(id) ?? { country: "", sector: "" };
  const share = (test: (a: PersonFacts, b: PersonFacts) => boolean) =>
    links.length === 0
      ? 0
      : round1(
          (100 * links.filter((l) => test(fact(l.ids[0]), fact(l.ids[1]))).length) / links.length,
        );
  const everyone = [...groups.flatMap((g) => g.memberIds), ...unmatched.map((u) => u.id)];
  const totalScore = scores.reduce((a, b) => a + b, 0);
  return {
    people: everyone.length,
    matchedPeople: groups.reduce((n, g) => n + g.memberIds.length, 0),
    groups: groups.length,
    // As the engine's summary counts them: a mentorship is one pair per mentee.
    pairs: groups
      .filter((g) => g.kind === "pair" || g.kind === "mentorship")
      .reduce((n, g) => n + g.links.length, 0),
    triads: groups.filter((g) => g.kind === "triad").length,
    unmatched: unmatched.length,
    meanScore: scores.length === 0 ? 0 : round1(totalScore / scores.length),
    lowestScore: scores.reduce((a, b) => Math.min(a, b), scores.length === 0 ? 0 : Infinity),
    totalScore,
    crossCountryPercent: share((a, b) => a.country.toUpperCase() !== b.country.toUpperCase()),
    crossSectorPercent: share((a, b) => a.sector !== b.sector),
    countries: new Set(everyone.map((id) => fact(id).country.toUpperCase())).size,
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
