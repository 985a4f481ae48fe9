/**
 * The round report (issue 13): a round's demand, matching, map, activity, surveys and its
 * comparison with the programme's earlier rounds, built from grouped counts. Pure: the clock
 * and the reader's time zone come in. A part with no data yet is null or empty, and the page
 * says so.
 */
import { APPLICATION_STATUSES } from "../applications/application-status.ts";
import { meetingsPerWeek, type WeekCount } from "../rounds/round-life.ts";
import type { SurveyResults } from "../surveys/survey-results.ts";
import { CAREER_STAGES, SECTORS } from "../vocabulary/vocabulary.ts";
import { tallyCheckIns, type CheckInTally, type CheckInTotals } from "./check-in-tally.ts";
import {
  factsOfRound,
  keyFiguresOf,
  trendsOf,
  type KeyFigures,
  type Trend,
} from "./key-figures.ts";
import { matchingFigures, type CountryPair, type MatchingFigures } from "./matching-figures.ts";
import {
  completionOf,
  partnershipOutcomes,
  type Completion,
  type PartnershipOutcomes,
} from "./partnership-outcomes.ts";
import type {
  ApplicationProfileCounts,
  CheckInCount,
  ReportRound,
  RoundsFacts,
} from "./report-facts.ts";
import { round1 } from "./report-numbers.ts";

export interface ValueCount {
  value: string;
  count: number;
}

export interface DemandSection {
  /** Every application received, whatever its status now. */
  total: number;
  /** Applications per week from the day applications opened, in the reader's time zone. */
  byWeek: WeekCount[];
  byStatus: ValueCount[];
  /** Per country: applications, and how many of them are or were in a partnership. */
  byCountry: { country: string; applications: number; participants: number }[];
  bySector: ValueCount[];
  byCareerStage: ValueCount[];
}

export interface MatchingSection extends MatchingFigures {
  publishedAt: Date;
  partnerships: PartnershipOutcomes;
  participants: number;
  countries: number;
}

export interface MapData {
  /** Countries shaded by the people of the round's partnerships. */
  countries: { country: string; participants: number }[];
  /** A line between two countries for each pair of countries whose people met (most first). */
  links: CountryPair[];
}

export interface ActivitySection {
  /** False before the round's start: meetings and check-ins have not begun. */
  started: boolean;
  meetingsHeld: number;
  /** Meetings held ÷ partnerships. */
  meetingsPerPartnership: number | null;
  meetingsByWeek: WeekCount[];
  checkIns: CheckInTally[];
  checkInTotals: CheckInTotals;
  /** The first check-in's "Is this a good match for you?". */
  goodMatch: { yes: number; no: number; noAnswer: number };
  partnerships: PartnershipOutcomes;
  completion: Completion;
  rules: { nudgeAfterDays: number; followUpAfterDays: number; checkInEveryDays: number };
}

export interface RoundReport {
  round: ReportRound;
  programme: { id: string; name: string; slug: string };
  generatedAt: Date;
  timeZone: string;
  demand: DemandSection;
  /** null until the round's matching is published. */
  matching: MatchingSection | null;
  map: MapData | null;
  activity: ActivitySection | null;
  /** The round's surveys that have been sent (empty: none yet). */
  surveys: SurveyResults[];
  comparison: { rounds: KeyFigures[]; trends: Trend[] };
  publicSummary: { publishedAt: Date | null; canPublish: boolean };
}

export interface RoundReportInput {
  round: ReportRound;
  programme: { id: string; name: string; slug: string };
  now: Date;
  timeZone: string;
  /** Grouped counts of this round and the earlier ones. */
  facts: RoundsFacts;
  /** The programme's rounds before this one, oldest first. */
  earlierRounds: readonly ReportRound[];
  profile: ApplicationProfileCounts;
  meetingsByDay: readonly { day: string; count: number }[];
  checkIns: readonly CheckInCount[];
  publishedAt: Date | null;
  surveys: readonly SurveyResults[];
  publicSummaryPublishedAt: Date | null;
}

function ordered(values: readonly string[], counts: readonly ValueCount[]): ValueCount[] {
  const known = values
    .map((value) => ({ value, count: counts.find((c) => c.value === value)?.count ?? 0 }))
    .filter((c) => c.count > 0);
  const others = counts.filter((c) => !values.includes(c.value) && c.count > 0);
  return [...known, ...others];
}

function demandSection(input: RoundReportInput, facts: RoundsFacts): DemandSection {
  const { round, now, timeZone } = input;
  const until =
    now.getTime() < round.applicationsCloseAt.getTime() ? now : round.applicationsCloseAt;
  const participants = new Map(facts.participants.map((p) => [p.country, p.participants]));
  const byStatus = APPLICATION_STATUSES.map((status) => ({
    value: status,
    count: facts.applications.find((a) => a.status === status)?.count ?? 0,
  }));
  return {
    total: facts.applications.reduce((n, a) => n + a.count, 0),
    byWeek: meetingsPerWeek(
      input.profile.day.map((d) => ({ day: d.value, count: d.count })),
      { startsAt: round.applicationsOpenAt },
      until,
      timeZone,
    ),
    byStatus,
    byCountry: input.profile.country
      .map((c) => ({
        country: c.value,
        applications: c.count,
        participants: participants.get(c.value) ?? 0,
      }))
      .sort(
        (a, b) =>
          b.applications - a.applications ||
          b.participants - a.participants ||
          a.country.localeCompare(b.country),
      ),
    bySector: ordered(SECTORS, input.profile.sector),
    byCareerStage: ordered(CAREER_STAGES, input.profile.careerStage),
  };
}

function activitySection(
  input: RoundReportInput,
  facts: RoundsFacts,
  outcomes: PartnershipOutcomes,
): ActivitySection {
  const { round, now, timeZone } = input;
  const until = now.getTime() < round.endsAt.getTime() ? now : round.endsAt;
  const held = facts.meetings.reduce((n, m) => n + m.held, 0);
  const checkIns = tallyCheckIns(input.checkIns);
  // "Is this a good match?" is asked on the first check-in only.
  const goodMatch = (answer: string | null) =>
    input.checkIns
      .filter((c) => c.sequence === 1 && c.goodMatch === answer)
      .reduce((n, c) => n + c.count, 0);
  return {
    started: now.getTime() >= round.startsAt.getTime(),
    meetingsHeld: held,
    meetingsPerPartnership: outcomes.total === 0 ? null : round1(held / outcomes.total),
    meetingsByWeek: meetingsPerWeek(input.meetingsByDay, round, until, timeZone),
    checkIns: checkIns.bySequence,
    checkInTotals: checkIns.totals,
    goodMatch: { yes: goodMatch("yes"), no: goodMatch("no"), noAnswer: goodMatch(null) },
    partnerships: outcomes,
    completion: completionOf(outcomes, round.status),
    rules: {
      nudgeAfterDays: round.nudgeAfterDays,
      followUpAfterDays: round.followUpAfterDays,
      checkInEveryDays: round.checkInEveryDays,
    },
  };
}

export function buildRoundReport(input: RoundReportInput): RoundReport {
  const { round } = input;
  const facts = factsOfRound(input.facts, round.id);
  const outcomes = partnershipOutcomes(facts.partnerships, facts.followUps);
  const people = facts.participants.filter((p) => p.participants > 0);
  const figures = matchingFigures(facts.links);
  const publishedAt = input.publishedAt;
  const published = publishedAt !== null;
  const thisRound = keyFiguresOf(round, input.facts);
  const earlier = input.earlierRounds.map((r) => keyFiguresOf(r, input.facts));
  return {
    round,
    programme: input.programme,
    generatedAt: input.now,
    timeZone: input.timeZone,
    demand: demandSection(input, facts),
    matching:
      publishedAt !== null
        ? {
            ...figures,
            publishedAt,
            partnerships: outcomes,
            participants: people.reduce((n, p) => n + p.participants, 0),
            countries: people.length,
          }
        : null,
    map: published
      ? {
          countries: people
            .map((p) => ({ country: p.country, participants: p.participants }))
            .sort((a, b) => b.participants - a.participants || a.country.localeCompare(b.country)),
          links: figures.countryPairs.filter((p) => p.countryA !== p.countryB),
        }
      : null,
    activity: published ? activitySection(input, facts, outcomes) : null,
    surveys: [...input.surveys],
    comparison: { rounds: [...earlier, thisRound], trends: trendsOf(thisRound, earlier) },
    publicSummary: {
      publishedAt: input.publicSummaryPublishedAt,
      canPublish: round.status === "finished" && published,
    },
  };
}
