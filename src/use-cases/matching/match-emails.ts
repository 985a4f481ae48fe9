/**
 * The emails publishing a round causes: an introduction to each matched participant
 * (their partners, what they share, the hours in common on the recipient's clock, the
 * agreement, how to start) and a kind note to each unmatched applicant. Built here from
 * the applications; rendered in the recipient's language by src/mail.
 */
import { commonWeeklyHours, type WeeklyInterval } from "../../domain/partnerships/common-hours.ts";
import { isUsableLevel } from "../../domain/vocabulary/vocabulary.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { RunUnmatchedReason } from "../../domain/matching/matching-run-types.ts";

export interface IntroducedPartner {
  name: string;
  email: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  city: string;
  library: string;
  role: "peer" | "mentor" | "mentee";
  /** Interest ids both chose. */
  sharedInterests: string[];
  /** ISO 639-1 codes both speak at a working level. */
  sharedLanguages: string[];
  hoursPerWeek: number;
  /** On the recipient's clock. */
  commonHours: WeeklyInterval[];
}

export interface PartnerIntroductionMessage {
  kind: "partner-introduction";
  recipientName: string;
  recipientTimeZone: string;
  roundName: string;
  programmeName: string;
  partners: IntroducedPartner[];
  /** The round's rules in the recipient's language (Markdown source, rendered as text). */
  agreement: string;
  /** They ticked "I agree to the rules" when applying: the email may say they agreed. */
  agreedWhenApplying?: boolean;
  startsAt: Date;
  accountUrl: string;
  /** The programme's contact address, for questions ("" when it has none). */
  facilitatorsEmail?: string;
}

export interface NotMatchedMessage {
  kind: "not-matched";
  applicantName: string;
  roundName: string;
  programmeName: string;
  reason: RunUnmatchedReason;
}

export type MatchEmailMessage = PartnerIntroductionMessage | NotMatchedMessage;

/** What one person should know about a partner, from both applications. */
export function describePartner(
  recipient: ApplicationRecord,
  partner: ApplicationRecord,
  at: Date,
  readerTimeZone: string = recipient.timeZone,
): IntroducedPartner {
  const partnerInterests = new Set(partner.interests);
  const partnerLanguages = new Set(
    partner.languages.filter((l) => isUsableLevel(l.level)).map((l) => l.code),
  );
  const hours = commonWeeklyHours(recipient, partner, at, readerTimeZone);
  return {
    name: partner.name,
    email: partner.email,
    country: partner.country,
    city: partner.city,
    library: partner.library,
    role: partner.role,
    sharedInterests: recipient.interests.filter((i) => partnerInterests.has(i)),
    sharedLanguages: recipient.languages
      .filter((l) => isUsableLevel(l.level) && partnerLanguages.has(l.code))
      .map((l) => l.code),
    hoursPerWeek: hours.hoursPerWeek,
    commonHours: hours.intervals,
  };
}

/** Who a member of a group is introduced to: in a mentorship, mentor ↔ each mentee; else everyone. */
export function partnersOf(
  memberIds: readonly string[],
  kind: string,
  applicationId: string,
): string[] {
  if (kind !== "mentorship") return memberIds.filter((id) => id !== applicationId);
  const [mentor, ...mentees] = memberIds;
  return applicationId === mentor ? mentees : mentor ? [mentor] : [];
}
