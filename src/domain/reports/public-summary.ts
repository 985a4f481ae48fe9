/**
 * A finished round's public summary (issue 13, opt-in): the headline figures and the map,
 * with every small count hidden by the rules in small-counts.ts, so no participant can be
 * singled out. It carries no names, no addresses and no ids of people or partnerships.
 */
import { factsOfRound } from "./key-figures.ts";
import { matchingFigures } from "./matching-figures.ts";
import { completionOf, partnershipOutcomes } from "./partnership-outcomes.ts";
import type { ReportRound, RoundsFacts } from "./report-facts.ts";
import { round1 } from "./report-numbers.ts";
import {
  listableParts,
  publicCount,
  publicShare,
  SMALL_COUNT_LIMIT,
  type PublicCount,
} from "./small-counts.ts";

export interface PublicRoundSummary {
  round: { name: string; startsAt: Date; endsAt: Date; mode: string };
  programme: { name: string };
  participants: PublicCount;
  countries: PublicCount;
  partnerships: PublicCount;
  meetingsHeld: PublicCount;
  /** Shares in percent; null when not shown (see publicShare). */
  crossCountryPercent: number | null;
  completionPercent: number | null;
  responseRatePercent: number | null;
  /** The end-of-round survey's satisfaction mean (1–5), when at least 5 answered. */
  satisfactionMean: number | null;
  /** Countries listed with their participants (5 or more each), most first. */
  byCountry: { country: string; participants: number }[];
  /** Participants of the countries not listed: 0, or 5 or more. */
  otherParticipants: number;
  /**
   * Lines on the map: two listed countries between which at least 5 scored pairs met. No
   * count is given: a line says only "5 or more".
   */
  links: { countryA: string; countryB: string }[];
}

export function publicRoundSummary(
  round: ReportRound,
  programme: { name: string },
  allFacts: RoundsFacts,
): PublicRoundSummary {
  const facts = factsOfRound(allFacts, round.id);
  const people = facts.participants.filter((p) => p.participants > 0);
  const participants = people.reduce((n, p) => n + p.participants, 0);
  const outcomes = partnershipOutcomes(facts.partnerships, facts.followUps);
  const completion = completionOf(outcomes, round.status);
  const matching = matchingFigures(facts.links);
  const survey = facts.surveys[0];
  const { listed, unlisted } =
    participants < SMALL_COUNT_LIMIT
      ? { listed: [], unlisted: participants }
      : listableParts(people, (p) => p.participants);
  const shown = new Set(listed.map((p) => p.country));
  return {
    round: { name: round.name, startsAt: round.startsAt, endsAt: round.endsAt, mode: round.mode },
    programme: { name: programme.name },
    participants: publicCount(participants),
    countries: publicCount(people.length),
    partnerships: publicCount(outcomes.total),
    meetingsHeld: publicCount(facts.meetings.reduce((n, m) => n + m.held, 0)),
    crossCountryPercent: publicShare(matching.crossCountry, matching.scoredPairs),
    completionPercent:
      completion.percent === null ? null : publicShare(completion.completed, completion.total),
    responseRatePercent: survey ? publicShare(survey.responded, survey.invited) : null,
    satisfactionMean:
      survey && survey.satisfactionMean !== null && survey.satisfactionAnswers >= SMALL_COUNT_LIMIT
        ? round1(survey.satisfactionMean)
        : null,
    byCountry: listed.map((p) => ({ country: p.country, participants: p.participants })),
    otherParticipants: participants < SMALL_COUNT_LIMIT ? 0 : unlisted,
    links: matching.countryPairs
      .filter(
        (p) =>
          p.countryA !== p.countryB &&
          p.pairs >= SMALL_COUNT_LIMIT &&
          shown.has(p.countryA) &&
          shown.has(p.countryB),
      )
      .map((p) => ({ countryA: p.countryA, countryB: p.countryB })),
  };
}
