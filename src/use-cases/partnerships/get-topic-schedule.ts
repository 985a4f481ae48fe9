import {
  defaultTopicSchedule,
  roundWeekCount,
  weekStartsAt,
} from "../../domain/partnerships/topic-schedule.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { TopicRecord } from "./topic-ports.ts";

export interface ScheduleWeek {
  week: number;
  startsAt: Date;
  /** The week's topic; null: none. */
  topicId: string | null;
  /** Partnerships this week's topic went to; a week sent to any cannot change. */
  sentCount: number;
  started: boolean;
  /** The next week has started: a topic can no longer be given to this one. */
  over: boolean;
}

export interface TopicSchedule {
  /** False while the round has no saved schedule: `weeks` shows the default it would get. */
  saved: boolean;
  weeks: ScheduleWeek[];
}

/**
 * A round's topic schedule for its facilitators: every week of the round with its topic and
 * how many partnerships it went to, and the topics that may be chosen (the library's, plus an
 * archived one a week still names).
 */
export async function getTopicSchedule(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    schedule: TopicSchedule;
    topics: TopicRecord[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, roundId);
  if (!found) return fail({ code: "not_found" });
  const allTopics = await repositories.topics.listAllByProgramme(found.programme.id);
  const schedule = await readTopicSchedule(repositories, found.round, allTopics, deps.clock.now());
  const named = new Set(schedule.weeks.map((w) => w.topicId));
  return ok({
    ...found,
    schedule,
    topics: allTopics.filter((t) => !t.archived || named.has(t.id)),
  });
}

/** The round's weeks with their saved topics, or with the default when none was saved. */
export async function readTopicSchedule(
  repositories: Pick<ReadRepositories, "topics">,
  round: Pick<RoundRecord, "id" | "startsAt" | "endsAt">,
  allTopics: readonly TopicRecord[],
  now: Date,
): Promise<TopicSchedule> {
  const [entries, saved] = await Promise.all([
    repositories.topics.listSchedule(round.id),
    repositories.topics.isScheduleSaved(round.id),
  ]);
  const chosen = saved
    ? entries
    : defaultTopicSchedule(
        allTopics.filter((t) => !t.archived).map((t) => t.id),
        round.startsAt,
        round.endsAt,
      ).map((e) => ({ ...e, sentCount: 0 }));
  const byWeek = new Map(chosen.map((e) => [e.week, e]));
  const weeks = Array.from({ length: roundWeekCount(round.startsAt, round.endsAt) }, (_, i) => {
    const week = i + 1;
    const startsAt = weekStartsAt(round.startsAt, week);
    const entry = byWeek.get(week);
    return {
      week,
      startsAt,
      topicId: entry?.topicId ?? null,
      sentCount: entry?.sentCount ?? 0,
      started: startsAt.getTime() <= now.getTime(),
      over: weekStartsAt(round.startsAt, week + 1).getTime() <= now.getTime(),
    };
  });
  return { saved, weeks };
}
