/**
 * What to change for the next round (issue 13), derived from the report's figures. Few and
 * honest: each suggestion is triggered by a threshold written here and carries the numbers it
 * comes from, so the page can cite them. Nothing is suggested from a figure that is not in.
 */
import type { RoundReport } from "./round-report.ts";
import { percentOf } from "./report-numbers.ts";

export type Suggestion =
  | { kind: "unmatchedCountry"; country: string; applications: number; participants: number }
  | { kind: "waitlisted"; waitlisted: number; applications: number; percent: number }
  | {
      kind: "silentPairs";
      nudged: number;
      partnerships: number;
      percent: number;
      nudgeAfterDays: number;
      checkInEveryDays: number;
    }
  | { kind: "dissolved"; dissolved: number; partnerships: number; percent: number }
  | { kind: "fewMeetings"; meetingsPerPartnership: number; partnerships: number }
  | { kind: "lowResponse"; responded: number; invited: number; percent: number }
  | { kind: "lowSatisfaction"; mean: number; answers: number };

/** A country is "many applied, few matched" from this many applications… */
export const UNMATCHED_COUNTRY_MIN_APPLICATIONS = 5;
/** …when fewer than this share of them were matched; at most this many countries are named. */
export const UNMATCHED_COUNTRY_MAX_MATCHED_PERCENT = 50;
export const UNMATCHED_COUNTRIES_NAMED = 3;
export const WAITLISTED_PERCENT = 10;
export const SILENT_PERCENT = 20;
export const DISSOLVED_PERCENT = 10;
export const FEW_MEETINGS_PER_PARTNERSHIP = 2;
export const LOW_RESPONSE_PERCENT = 50;
export const LOW_SATISFACTION_MEAN = 3.5;
/** No suggestion rests on fewer answers or partnerships than this. */
const MIN_BASE = 5;

export function nextRoundSuggestions(report: RoundReport): Suggestion[] {
  const suggestions: Suggestion[] = [];
  const { demand, activity } = report;
  if (report.matching) {
    suggestions.push(
      ...demand.byCountry
        .filter(
          (c) =>
            c.applications >= UNMATCHED_COUNTRY_MIN_APPLICATIONS &&
            (100 * c.participants) / c.applications < UNMATCHED_COUNTRY_MAX_MATCHED_PERCENT,
        )
        .sort((a, b) => b.applications - b.participants - (a.applications - a.participants))
        .slice(0, UNMATCHED_COUNTRIES_NAMED)
        .map((c) => ({ kind: "unmatchedCountry" as const, ...c })),
    );
  }
  const waitlisted = demand.byStatus.find((s) => s.value === "waitlisted")?.count ?? 0;
  const waitlistedPercent = percentOf(waitlisted, demand.total);
  if (waitlistedPercent !== null && waitlistedPercent >= WAITLISTED_PERCENT)
    suggestions.push({
      kind: "waitlisted",
      waitlisted,
      applications: demand.total,
      percent: waitlistedPercent,
    });
  const partnerships = activity?.partnerships.total ?? 0;
  if (activity && partnerships >= MIN_BASE) {
    const silent = percentOf(activity.partnerships.nudged, partnerships)!;
    if (silent >= SILENT_PERCENT)
      suggestions.push({
        kind: "silentPairs",
        nudged: activity.partnerships.nudged,
        partnerships,
        percent: silent,
        nudgeAfterDays: activity.rules.nudgeAfterDays,
        checkInEveryDays: activity.rules.checkInEveryDays,
      });
    const dissolved = percentOf(activity.partnerships.dissolved, partnerships)!;
    if (dissolved >= DISSOLVED_PERCENT)
      suggestions.push({
        kind: "dissolved",
        dissolved: activity.partnerships.dissolved,
        partnerships,
        percent: dissolved,
      });
    // Only a finished round has had all its meetings.
    if (
      report.round.status === "finished" &&
      activity.meetingsPerPartnership !== null &&
      activity.meetingsPerPartnership < FEW_MEETINGS_PER_PARTNERSHIP
    )
      suggestions.push({
        kind: "fewMeetings",
        meetingsPerPartnership: activity.meetingsPerPartnership,
        partnerships,
      });
  }
  const survey =
    report.surveys.find((s) => s.kind === "end") ?? report.surveys.find((s) => s.kind === "mid");
  if (survey && survey.invited >= MIN_BASE) {
    const rate = percentOf(survey.responded, survey.invited)!;
    if (rate < LOW_RESPONSE_PERCENT)
      suggestions.push({
        kind: "lowResponse",
        responded: survey.responded,
        invited: survey.invited,
        percent: rate,
      });
  }
  const satisfaction = survey?.questions.find((q) => q.key === "satisfaction");
  if (
    satisfaction?.type === "scale" &&
    satisfaction.mean !== null &&
    satisfaction.answered >= MIN_BASE &&
    satisfaction.mean < LOW_SATISFACTION_MEAN
  )
    suggestions.push({
      kind: "lowSatisfaction",
      mean: Math.round(satisfaction.mean * 10) / 10,
      answers: satisfaction.answered,
    });
  return suggestions;
}

/**
 * What participants wrote to the surveys' "suggestions" question, the same words once with
 * how many wrote them, the most written first.
 */
export function participantSuggestions(report: RoundReport): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const survey of report.surveys)
    for (const q of survey.questions)
      if (q.key === "suggestions" && q.type === "text")
        for (const answer of q.answers) {
          const text = answer.trim();
          if (text) counts.set(text, (counts.get(text) ?? 0) + 1);
        }
  return [...counts]
    .map(([text, count]) => ({ text, count }))
    .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
}
