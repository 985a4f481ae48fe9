/**
 * Silent pairs (issue 12): a partnership is silent while it has no meeting held and no
 * "in touch" check-in answer. Silence counts from its last contact, or from the round's
 * start (a re-matched pair: from when it was made; after a facilitator closed a follow-up:
 * from then). After `nudgeAfterDays` it gets one gentle nudge (ever); after
 * `followUpAfterDays` it goes on the facilitator's follow-up list.
 */
import { DAY_MS } from "./check-in-schedule.ts";

export interface SilenceFacts {
  roundStartsAt: Date;
  partnershipCreatedAt: Date;
  /** The latest meeting held or "in touch" answer, if any. */
  lastContactAt: Date | null;
  nudgedAt: Date | null;
  /** An open follow-up exists (a problem or silence already listed). */
  hasOpenFollowUp: boolean;
  /** When the last follow-up was closed by a facilitator, if any. */
  lastFollowUpClosedAt: Date | null;
}

export interface SilenceRules {
  nudgeAfterDays: number;
  followUpAfterDays: number;
}

/** The moment silence is counted from. */
export function silentSince(facts: SilenceFacts): Date {
  const times = [
    facts.roundStartsAt,
    facts.partnershipCreatedAt,
    facts.lastContactAt,
    facts.lastFollowUpClosedAt,
  ]
    .filter((t): t is Date => t !== null)
    .map((t) => t.getTime());
  return new Date(Math.max(...times));
}

/** Whole days of silence at `now` (0 before the round starts). */
export function silentDays(facts: SilenceFacts, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - silentSince(facts).getTime()) / DAY_MS));
}

/** What the follow-up job should do for one partnership now. */
export function silenceActions(
  facts: SilenceFacts,
  rules: SilenceRules,
  now: Date,
): { nudge: boolean; followUp: boolean } {
  if (now < facts.roundStartsAt) return { nudge: false, followUp: false };
  const days = silentDays(facts, now);
  return {
    nudge: facts.nudgedAt === null && rules.nudgeAfterDays > 0 && days >= rules.nudgeAfterDays,
    followUp:
      !facts.hasOpenFollowUp && rules.followUpAfterDays > 0 && days >= rules.followUpAfterDays,
  };
}
