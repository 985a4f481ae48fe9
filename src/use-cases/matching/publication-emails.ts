/**
 * The emails publishing a run sends, built in one place so that the preview a facilitator
 * reads before publishing is the email that publishing sends.
 */
import type { RunUnmatchedReason } from "../../domain/matching/matching-run-types.ts";
import { roundTextsFor, type RoundTranslation } from "../../domain/rounds/round-texts.ts";
import type { ApplicationRecord } from "../applications/application-ports.ts";
import { aboutProgramme, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { describePartner, partnersOf } from "./match-emails.ts";

interface Publication {
  round: RoundRecord;
  /** The round's rules in the programme's other languages: each member reads theirs. */
  translations: readonly RoundTranslation[];
  programme: ProgrammeRecord;
  baseUrl: string;
  person: (applicationId: string) => ApplicationRecord;
}

/** The introduction one member of a group receives: who their partners are and how to start. */
export function introductionEmail(
  publication: Publication,
  group: { partnershipId: string; kind: string; memberIds: readonly string[] },
  recipientId: string,
): EmailToQueue {
  const { round, programme, person } = publication;
  const recipient = person(recipientId);
  return {
    to: recipient.email,
    toName: recipient.name,
    locale: recipient.locale,
    dedupeKey: `partner-introduction:${group.partnershipId}:${recipient.id}`,
    ...aboutProgramme(programme),
    message: {
      kind: "partner-introduction",
      recipientName: recipient.name,
      recipientTimeZone: recipient.timeZone,
      roundName: round.name,
      programmeName: programme.name,
      partners: partnersOf(group.memberIds, group.kind, recipient.id).map((id) =>
        describePartner(recipient, person(id), round.startsAt),
      ),
      agreement: roundTextsFor(round, publication.translations, recipient.locale).rulesMarkdown,
      // "Agreed" only for someone the form asked (rulesAgreedAt), not an import or older form.
      agreedWhenApplying: Boolean(recipient.rulesAgreedAt),
      startsAt: round.startsAt,
      accountUrl: `${publication.baseUrl}/account`,
      facilitatorsEmail: programme.contactEmail,
    },
  };
}

/** The kind note to an applicant the run left unmatched. */
export function notMatchedEmail(
  publication: Publication,
  applicant: ApplicationRecord,
  reason: RunUnmatchedReason,
): EmailToQueue {
  return {
    to: applicant.email,
    toName: applicant.name,
    locale: applicant.locale,
    dedupeKey: `not-matched:${publication.round.id}:${applicant.id}`,
    ...aboutProgramme(publication.programme),
    message: {
      kind: "not-matched",
      applicantName: applicant.name,
      roundName: publication.round.name,
      programmeName: publication.programme.name,
      reason,
    },
  };
}
