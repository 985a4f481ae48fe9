/**
 * When check-ins fall due (issue 12): check-in k (k = 1, 2, …) of a round is due at
 * startsAt + k × checkInEveryDays days. Only the latest one due is sent, so a partnership
 * published late, or a server that was down, does not send a burst of old ones.
 */

export const DAY_MS = 86_400_000;

/** The day check-in `sequence` of a round is due. */
export function checkInDueAt(startsAt: Date, checkInEveryDays: number, sequence: number): Date {
  return new Date(startsAt.getTime() + sequence * checkInEveryDays * DAY_MS);
}

/**
 * The latest check-in due at `now`, or null when none is (before the first, or the round is
 * over). A published partnership gets it however late it was published; one made by a
 * re-match after a check-in fell due (`rematchedAt`) waits for the next one, so an
 * introduction is not followed at once by "have you been in touch?".
 */
export function latestDueCheckIn(
  round: { startsAt: Date; endsAt: Date; checkInEveryDays: number },
  rematchedAt: Date | null,
  now: Date,
): number | null {
  if (round.checkInEveryDays <= 0) return null;
  if (now < round.startsAt || now >= round.endsAt) return null;
  const sequence = Math.floor(
    (now.getTime() - round.startsAt.getTime()) / (round.checkInEveryDays * DAY_MS),
  );
  if (sequence < 1) return null;
  if (rematchedAt && checkInDueAt(round.startsAt, round.checkInEveryDays, sequence) < rematchedAt)
    return null;
  return sequence;
}

/** How long a check-in link works after it was sent. */
export const CHECK_IN_LINK_DAYS = 30;

export const CHECK_IN_ANSWERS = ["in_touch", "not_yet", "problem"] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];

export function isCheckInAnswer(value: string): value is CheckInAnswer {
  return (CHECK_IN_ANSWERS as readonly string[]).includes(value);
}

export const GOOD_MATCH_ANSWERS = ["yes", "no"] as const;
export type GoodMatchAnswer = (typeof GOOD_MATCH_ANSWERS)[number];
