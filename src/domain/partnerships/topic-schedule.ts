/**
 * A round's topic schedule in weeks: week 1 starts at the round's start, week n seven days
 * later per week (an exact 7 × 24 h, so every reader sees the same instant in their own zone),
 * and a week belongs to the round while it starts before the round ends. By default a topic
 * goes out every fortnight (weeks 1, 3, 5, …), as the International Librarians Network did.
 */

export const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** A default schedule sends a topic every this many weeks. */
export const DEFAULT_TOPIC_EVERY_WEEKS = 2;

export interface ScheduleEntry {
  week: number;
  topicId: string;
}

/** How many weeks the round has: those that start before it ends (0 if it never runs). */
export function roundWeekCount(startsAt: Date, endsAt: Date): number {
  const span = endsAt.getTime() - startsAt.getTime();
  return span > 0 ? Math.ceil(span / WEEK_MS) : 0;
}

/** When week `week` (1-based) of a round starting at `startsAt` starts. */
export function weekStartsAt(startsAt: Date, week: number): Date {
  return new Date(startsAt.getTime() + (week - 1) * WEEK_MS);
}

/** The week `at` falls in (1-based); 0 before the round starts. */
export function weekAt(startsAt: Date, at: Date): number {
  const elapsed = at.getTime() - startsAt.getTime();
  return elapsed < 0 ? 0 : Math.floor(elapsed / WEEK_MS) + 1;
}

/**
 * The schedule a round gets when nobody has saved one: the library's topics in order, one
 * every fortnight from week 1, until the topics or the round's weeks run out (topics are not
 * repeated).
 */
export function defaultTopicSchedule(
  topicIds: readonly string[],
  startsAt: Date,
  endsAt: Date,
): ScheduleEntry[] {
  const weeks = roundWeekCount(startsAt, endsAt);
  const entries: ScheduleEntry[] = [];
  for (
    let week = 1, index = 0;
    week <= weeks && index < topicIds.length;
    week += DEFAULT_TOPIC_EVERY_WEEKS, index++
  ) {
    entries.push({ week, topicId: topicIds[index]! });
  }
  return entries;
}

/**
 * Until when a scheduled topic still goes to partnerships formed after it was sent: until the
 * next scheduled week starts (null: no later entry). A pair re-matched in week 7 gets the
 * topic of the current fortnight and the ones after, not a pile of earlier ones.
 */
export function topicCurrentUntil(
  startsAt: Date,
  week: number,
  scheduledWeeks: readonly number[],
): Date | null {
  const next = scheduledWeeks.filter((w) => w > week).reduce((a, b) => Math.min(a, b), Infinity);
  return Number.isFinite(next) ? weekStartsAt(startsAt, next) : null;
}
