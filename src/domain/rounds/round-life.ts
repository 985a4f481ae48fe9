/**
 * The rules behind the facilitator's day and a round's dashboard (issue 12): which agreement
 * is overdue, which week of the round a day falls in, and which status a round under way
 * should have by now (which pair is silent: src/domain/partnerships/silence.ts, the rule the
 * follow-up job uses too). Pure: the clock and the time zone come in.
 */
import { instantToLocalDateTime } from "../vocabulary/time-zones.ts";
import { checkRoundTransition, type RoundStatus } from "./round-status.ts";

const DAY_MS = 86_400_000;

/** A pair has this long to confirm the round's agreement before the facilitator hears of it. */
export const AGREEMENT_GRACE_DAYS = 7;

/** "Group sessions this week": those starting within this many days from now. */
export const SESSIONS_AHEAD_DAYS = 7;

/** Partnerships made at or before this instant and still unconfirmed are overdue. */
export function agreementOverdueCutoff(now: Date): Date {
  return new Date(now.getTime() - AGREEMENT_GRACE_DAYS * DAY_MS);
}

/** A week after it was made, some current member of an active partnership has not confirmed. */
export function isAgreementOverdue(
  partnership: {
    status: string;
    createdAt: Date;
    currentMemberIds: readonly string[];
    confirmedMemberIds: readonly string[];
  },
  now: Date,
): boolean {
  if (partnership.status !== "active") return false;
  if (partnership.createdAt.getTime() > agreementOverdueCutoff(now).getTime()) return false;
  const confirmed = new Set(partnership.confirmedMemberIds);
  return partnership.currentMemberIds.some((id) => !confirmed.has(id));
}

/** The calendar day ("2027-02-17") of an instant on the wall clock of `timeZone`. */
export function localDay(instant: Date, timeZone: string): string {
  return instantToLocalDateTime(instant, timeZone).slice(0, 10);
}

function dayNumber(day: string): number {
  return Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
}

function dayFromNumber(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export interface WeekCount {
  /** 1 for the week starting on the round's first day. */
  week: number;
  /** Its first day ("2027-02-10"), in the reader's time zone. */
  firstDay: string;
  count: number;
}

/**
 * Meetings per week of the round, weeks counted in the reader's time zone from the round's
 * first day: week 1 is its first seven days, and so on up to the week holding `until` (the
 * round's end or now, whichever is first). A meeting before the start counts in week 1,
 * one after `until` in the last week. Empty before the round starts.
 */
export function meetingsPerWeek(
  countsByDay: readonly { day: string; count: number }[],
  round: { startsAt: Date },
  until: Date,
  timeZone: string,
): WeekCount[] {
  if (until.getTime() < round.startsAt.getTime()) return [];
  const first = dayNumber(localDay(round.startsAt, timeZone));
  const last = dayNumber(localDay(until, timeZone));
  const weeks = Math.floor((last - first) / 7) + 1;
  const result: WeekCount[] = Array.from({ length: weeks }, (_, i) => ({
    week: i + 1,
    firstDay: dayFromNumber(first + i * 7),
    count: 0,
  }));
  for (const { day, count } of countsByDay) {
    const index = Math.min(weeks - 1, Math.max(0, Math.floor((dayNumber(day) - first) / 7)));
    result[index]!.count += count;
  }
  return result;
}

/**
 * The statuses a round under way moves through by `now`: a matched round becomes active at
 * its start, an active one finished at its end (a matched round past its end takes both
 * steps, so the record shows each). Empty when nothing is due.
 */
export function dueRoundSteps(
  round: { status: RoundStatus; startsAt: Date; endsAt: Date },
  now: Date,
): RoundStatus[] {
  const steps: RoundStatus[] = [];
  let status = round.status;
  if (status === "matched" && round.startsAt.getTime() <= now.getTime()) {
    steps.push("active");
    status = "active";
  }
  if (status === "active" && round.endsAt.getTime() <= now.getTime()) steps.push("finished");
  // The status machine stays the one authority on what may follow what.
  let from = round.status;
  for (const to of steps) {
    if (checkRoundTransition(from, to)) return [];
    from = to;
  }
  return steps;
}
