/**
 * Silent pairs (issue 12), the one rule the follow-up job and the round's dashboard share: a
 * partnership is silent while it has no meeting held and no "in touch" check-in answer.
 * Silence counts from its last contact, or from the round's start (a re-matched pair: from
 * when it was made; after a facilitator closed a follow-up: from then). After
 * `nudgeAfterDays` the pair is silent: the dashboard counts it and it gets one gentle nudge
 * (ever); after `followUpAfterDays` it goes on the facilitator's follow-up list. A rule of 0
 * days is off.
 */
import { DAY_MS } from "./check-in-schedule.ts";

/** What starts a pair's silence clock again. */
export interface SilenceClock {
  roundStartsAt: Date;
  partnershipCreatedAt: Date;
  /** The latest meeting held or "in touch" answer, if any. */
  lastContactAt: Date | null;
  /** When the last follow-up was closed by a facilitator, if any. */
  lastFollowUpClosedAt: Date | null;
}

export interface SilenceFacts extends SilenceClock {
  nudgedAt: Date | null;
  /** An open follow-up exists (a problem or silence already listed). */
  hasOpenFollowUp: boolean;
}

export interface SilenceRules {
  nudgeAfterDays: number;
  followUpAfterDays: number;
}

/** The moment silence is counted from: the latest of the clock's times. */
export function silentSince(clock: SilenceClock): Date {
  const times = [
    clock.roundStartsAt,
    clock.partnershipCreatedAt,
    clock.lastContactAt,
    clock.lastFollowUpClosedAt,
  ]
    .filter((t): t is Date => t !== null)
    .map((t) => t.getTime());
  return new Date(Math.max(...times));
}

/** Whole days of silence at `now` (0 before the round starts). */
export function silentDays(clock: SilenceClock, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - silentSince(clock).getTime()) / DAY_MS));
}

/**
 * A pair whose silence started at this instant or earlier has been silent `days` whole days
 * at `now`; null when the rule is off (0 days), so no pair is. A query counting silent pairs
 * compares `silentSince` with it.
 */
export function silentSinceAtLatest(now: Date, days: number): Date | null {
  return days > 0 ? new Date(now.getTime() - days * DAY_MS) : null;
}

/** Whether the pair has been silent at least `days` whole days at `now`. */
export function isSilentFor(clock: SilenceClock, days: number, now: Date): boolean {
  const latest = silentSinceAtLatest(now, days);
  return latest !== null && silentSince(clock).getTime() <= latest.getTime();
}

/** What the follow-up job should do for one active partnership now. */
export function silenceActions(
  facts: SilenceFacts,
  rules: SilenceRules,
  now: Date,
): { nudge: boolean; followUp: boolean } {
  return {
    nudge: facts.nudgedAt === null && isSilentFor(facts, rules.nudgeAfterDays, now),
    followUp: !facts.hasOpenFollowUp && isSilentFor(facts, rules.followUpAfterDays, now),
  };
}
