import type { FieldErrors } from "../../domain/field-errors.ts";
import { roundWeekCount, weekStartsAt } from "../../domain/partnerships/topic-schedule.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { TOPIC_SCHEDULE_SAVED } from "./topic-ports.ts";

/**
 * A facilitator sets a round's topic week by week (a topic of the programme, or none). A week
 * already sent to any partnership keeps its topic: changing it is refused beside that week.
 * A week that is over cannot be given a topic (it would go out at once, out of turn). The
 * first save turns the default schedule into a saved one, even if every week is "none".
 */
export async function saveTopicSchedule(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; weeks: readonly { week: number; topicId: string | null }[] },
): Promise<Result<{ changed: number }>> {
  return deps.uow.transaction(async (repositories) => {
    // The round's lock orders this save against another save and against a sending run
    // writing the default schedule; the schedule's row locks against a run's batch.
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    const topics = new Map(
      (await repositories.topics.listAllByProgramme(round.programmeId)).map((t) => [t.id, t]),
    );
    await repositories.topics.lockSchedule(round.id);
    const entries = new Map(
      (await repositories.topics.listSchedule(round.id)).map((e) => [e.week, e]),
    );
    const weekCount = roundWeekCount(round.startsAt, round.endsAt);
    const now = deps.clock.now();

    const errors: FieldErrors = {};
    const changes: { week: number; from: string | null; to: string | null }[] = [];
    // One choice per week (a repeated field counts once: the last one).
    const chosen = new Map(input.weeks.map((w) => [w.week, w.topicId]));
    for (const [week, topicId] of chosen) {
      const field = `week-${week}`;
      const entry = entries.get(week);
      const from = entry?.topicId ?? null;
      if (!Number.isInteger(week) || week < 1 || week > weekCount) {
        errors.form = { key: "topics:schedule.errors.noSuchWeek", values: { week } };
      } else if (topicId === from) {
        continue;
      } else if (entry && entry.sentCount > 0) {
        errors[field] = { key: "topics:schedule.errors.alreadySent" };
      } else if (topicId !== null && weekStartsAt(round.startsAt, week + 1) <= now) {
        errors[field] = { key: "topics:schedule.errors.weekOver" };
      } else if (topicId !== null && !topics.has(topicId)) {
        errors[field] = { key: "errors.invalidChoice" };
      } else if (topicId !== null && topics.get(topicId)!.archived) {
        errors[field] = { key: "topics:schedule.errors.archived" };
      } else {
        changes.push({ week, from, to: topicId });
      }
    }
    if (Object.keys(errors).length > 0) return fail({ code: "invalid", fieldErrors: errors });

    const removed = changes.filter((c) => c.to === null).map((c) => entries.get(c.week)!.id);
    await repositories.topics.deleteScheduleEntries(removed);
    for (const change of changes) {
      const entry = entries.get(change.week);
      if (entry && change.to) await repositories.topics.updateScheduleEntry(entry.id, change.to);
    }
    await repositories.topics.insertScheduleEntries(
      changes
        .filter((c) => !entries.has(c.week) && c.to !== null)
        .map((c) => ({ id: deps.ids.newId(), roundId: round.id, week: c.week, topicId: c.to! })),
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: TOPIC_SCHEDULE_SAVED,
      subjectType: "round",
      subjectId: round.id,
      data: { changes },
      createdAt: now,
    });
    return ok({ changed: changes.length });
  });
}
