/**
 * Everything the round report reads, gathered for one round: grouped counts of it and of the
 * programme's earlier rounds, its application profile, meetings and check-ins per day, the
 * published matching, the surveys' results and the public summary's state.
 */
import type { ReportRound } from "../../domain/reports/report-facts.ts";
import { buildRoundReport, type RoundReport } from "../../domain/reports/round-report.ts";
import { surveyFiguresOf } from "../../domain/reports/survey-figures.ts";
import type { UnitOfWork } from "../ports.ts";

/** The comparison puts this round beside at most this many earlier rounds. */
export const EARLIER_ROUNDS_COMPARED = 4;

export async function roundReportOf(
  uow: UnitOfWork,
  round: ReportRound,
  programme: { id: string; name: string; slug: string; defaultLanguage: string },
  options: { now: Date; timeZone: string; locale: string },
): Promise<RoundReport> {
  const repositories = uow.read;
  const { reports, roundLife } = repositories;
  const earlierRounds = (
    await reports.listEarlierRounds(round.programmeId, round.startsAt, EARLIER_ROUNDS_COMPARED)
  ).reverse();
  const earlierIds = earlierRounds.map((r) => r.id);
  const [
    facts,
    earlierSurveys,
    profile,
    meetingsByDay,
    checkIns,
    publication,
    surveys,
    publicSummary,
  ] = await Promise.all([
    reports.countRoundsFacts([round.id, ...earlierIds]),
    reports.countSurveyFigures(earlierIds),
    reports.countApplicationProfiles(round.id, options.timeZone),
    roundLife.countMeetingsByDay(round.id, options.timeZone),
    reports.countCheckIns(round.id),
    repositories.partnerships.findPublication(round.id),
    // resultsForRound is not named as a read (find…, list…, count…), so the read-only side
    // does not offer it: it runs in a transaction of its own, which writes nothing.
    uow.transaction((r) =>
      r.surveys.resultsForRound(round.id, options.locale, programme.defaultLanguage),
    ),
    reports.findPublicSummary(round.id),
  ]);
  return buildRoundReport({
    round,
    programme: { id: programme.id, name: programme.name, slug: programme.slug },
    now: options.now,
    timeZone: options.timeZone,
    // This round's survey figures come from its results, read above in full anyway.
    facts: { ...facts, surveys: [...surveyFiguresOf(round.id, surveys), ...earlierSurveys] },
    earlierRounds,
    profile,
    meetingsByDay,
    checkIns,
    publishedAt: publication?.publishedAt ?? null,
    // A survey not yet sent to anyone has nothing to show.
    surveys: surveys.filter((s) => s.invited > 0 || s.responded > 0),
    publicSummaryPublishedAt: publicSummary?.publishedAt ?? null,
  });
}
