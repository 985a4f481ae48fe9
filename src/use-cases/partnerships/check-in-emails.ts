/**
 * The emails of check-ins and follow-ups: the fortnightly check-in (three answer links that
 * only open a page), the one gentle nudge of a silent pair, and a facilitator's message to
 * a pair. Built here; rendered in the recipient's language by src/mail/templates/partnerships.
 */
import type { CheckInAnswer } from "../../domain/partnerships/check-in-schedule.ts";

export interface CheckInMessage {
  kind: "check-in";
  recipientName: string;
  roundName: string;
  /** Partners' first names. */
  partnerNames: string[];
  sequence: number;
  /** The first check-in also asks "Is this a good match for you?". */
  asksGoodMatch: boolean;
  answerUrls: Record<CheckInAnswer, string>;
}

export interface PartnershipNudgeMessage {
  kind: "partnership-nudge";
  recipientName: string;
  roundName: string;
  partnerNames: string[];
  accountUrl: string;
}

export interface FacilitatorMessage {
  kind: "facilitator-message";
  recipientName: string;
  roundName: string;
  programmeName: string;
  facilitatorName: string;
  message: string;
}

export type CheckInEmailMessage = CheckInMessage | PartnershipNudgeMessage | FacilitatorMessage;

/** "Ana" from "Ana María López": how the emails and the check-in page name a partner. */
export function firstNameOf(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
