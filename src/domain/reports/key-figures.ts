/**
 * A round's key figures (issue 13), the same for every round of a programme so they can be
 * put side by side, and how this round's compare with the round before it.
 */
import { completionOf, partnershipOutcomes } from "./partnership-outcomes.ts";
import type { ReportRound, RoundsFacts } from "./report-facts.ts";
import { matchingFigures } from "./matching-figures.ts";
import { percentOf, round1 } from "./report-numbers.ts";

export const KEY_FIGURE_NAMES = [
  "applications",
  "participants",
  "countries",
  "partnerships",
  "meanScore",
  "crossCountryPercent",
  "meetingsPerPartnership",
  "completionPercent",
  "satisfactionMean",
  "responseRatePercent",
] as const;
export type KeyFigureName = (typeof KEY_FIGURE_NAMES)[number];

export interface KeyFigures {
  round: { id: string; name: string; startsAt: Date; status: string };
  /** null: the round has no such figure (not published, not finished, no survey…). */
  figures: Record<KeyFigureName, number | null>;
}

/** Only `roundId`'s rows of grouped facts. */
export function factsOfRound(facts: RoundsFacts, roundId: string): RoundsFacts {
  const mine = <T extends { roundId: string }>(rows: readonly T[]) =>
    rows.filter((r) => r.roundId === roundId);
  return {
    applications: mine(facts.applications),
    participants: mine(facts.participants),
    links: mine(facts.links),
    partnerships: mine(facts.partnerships),
    followUps: mine(facts.followUps),
    meetings: mine(facts.meetings),
    surveys: mine(facts.surveys),
  };
}

/**
 * applications: every application, whatever its status; participants: people who are or were
 * in a partnership of the round; countries: theirs; partnerships: published and re-matched;
 * meanScore and crossCountryPercent: over the scored pairs; meetingsPerPartnership: meetings
 * held ÷ partnerships; completionPercent: see completionOf; satisfactionMean: the answers to
 * the end-of-round survey's "satisfaction" question (1–5); responseRatePercent: responses to
 * the end-of-round survey ÷ participants it was sent to.
 */
export function keyFiguresOf(round: ReportRound, allFacts: RoundsFacts): KeyFigures {
  const facts = factsOfRound(allFacts, round.id);
  const outcomes = partnershipOutcomes(facts.partnerships, facts.followUps);
  const matching = matchingFigures(facts.links);
  const held = facts.meetings.reduce((n, m) => n + m.held, 0);
  const survey = facts.surveys[0];
  const participants = facts.participants.filter((p) => p.participants > 0);
  return {
    round: { id: round.id, name: round.name, startsAt: round.startsAt, status: round.status },
    figures: {
      applications: facts.applications.reduce((n, a) => n + a.count, 0),
      participants: participants.reduce((n, p) => n + p.participants, 0),
      countries: new Set(participants.map((p) => p.country)).size,
      partnerships: outcomes.total,
      meanScore: matching.meanScore,
      crossCountryPercent: matching.crossCountryPercent,
      meetingsPerPartnership: outcomes.total === 0 ? null : round1(held / outcomes.total),
      completionPercent: completionOf(outcomes, round.status).percent,
      satisfactionMean:
        survey?.satisfactionMean === null || survey === undefined
          ? null
          : round1(survey.satisfactionMean),
      responseRatePercent: survey ? percentOf(survey.responded, survey.invited) : null,
    },
  };
}

export type TrendDirection = "up" | "down" | "same";

export interface Trend {
  figure: KeyFigureName;
  current: number;
  previous: number;
  /** The latest earlier round that has this figure. */
  previousRound: { id: string; name: string };
  direction: TrendDirection;
  change: number;
}

/**
 * Each figure of this round against the latest earlier round that has it (`earlier` oldest
 * first). A figure this round does not have yet has no trend.
 */
export function trendsOf(current: KeyFigures, earlier: readonly KeyFigures[]): Trend[] {
  const trends: Trend[] = [];
  for (const figure of KEY_FIGURE_NAMES) {
    const now = current.figures[figure];
    if (now === null) continue;
    const before = [...earlier].reverse().find((k) => k.figures[figure] !== null);
    if (!before) continue;
    const previous = before.figures[figure]!;
    const change = round1(now - previous);
    trends.push({
      figure,
      current: now,
      previous,
      previousRound: { id: before.round.id, name: before.round.name },
      direction: change > 0 ? "up" : change < 0 ? "down" : "same",
      change,
    });
  }
  return trends;
}
