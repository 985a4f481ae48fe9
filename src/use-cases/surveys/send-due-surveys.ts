/**
 * The scheduled job "surveys.send": each survey whose sending date has come and which has not
 * closed goes, once, to every current member of the round's active or ended partnerships who
 * has not stopped survey emails; its one reminder goes, once, on its date, to those invited
 * (at least REMINDER_GAP_DAYS earlier) who have not answered. Each batch inserts its
 * invitation rows (the primary key skips those that exist) or marks its reminders (only
 * those not marked), and queues the emails of exactly the rows it won, in one transaction, so
 * two runs at once never send one twice.
 *
 * It first gives every published round its surveys (rounds published before surveys existed,
 * or whose survey page nobody opened). An end-of-round survey due when the round has ended
 * but is not yet finished waits for rounds.finish: the thank-you email carries its link and
 * counts as its invitation.
 */
import type { UseCaseDeps } from "../ports.ts";
import { aboutProgramme, enqueueEmails, type EmailToQueue } from "../mail/enqueue-email.ts";
import { ensureSurveysOf } from "./ensure-round-surveys.ts";
import { surveyUrl } from "./survey-links.ts";
import type { OpenSurvey, SurveyRecipient } from "./survey-ports.ts";

/** People per transaction: short transactions keep pages answering during a big round. */
const BATCH = 200;
const DAY_MS = 24 * 60 * 60 * 1000;
/** Nobody gets an invitation and its reminder within two days of each other. */
const REMINDER_GAP_DAYS = 2;

export interface SentSurveys {
  /** Surveys created for published rounds that had none. */
  created: number;
  invited: number;
  reminded: number;
}

export async function sendDueSurveys(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "links" | "baseUrl" | "renderEmail">,
): Promise<SentSurveys> {
  const now = deps.clock.now();
  const totals: SentSurveys = { created: 0, invited: 0, reminded: 0 };
  for (const round of await deps.uow.read.surveys.listRoundsMissingSurveys()) {
    const before = (await deps.uow.read.surveys.listForRound(round.id)).length;
    const after = await deps.uow.transaction((r) => ensureSurveysOf(r, deps, round, now));
    totals.created += after.length - before;
  }
  for (const survey of await deps.uow.read.surveys.listOpenSurveys(now)) {
    const waitsForThankYou =
      survey.kind === "end" && survey.roundStatus !== "finished" && survey.roundEndsAt <= now;
    if (!waitsForThankYou)
      for (;;) {
        const batch = await inviteBatch(deps, survey, now);
        totals.invited += batch.sent;
        if (batch.seen < BATCH) break;
      }
    if (survey.remindAt && survey.remindAt <= now)
      for (;;) {
        const batch = await remindBatch(deps, survey, now);
        totals.reminded += batch.sent;
        if (batch.seen < BATCH) break;
      }
  }
  return totals;
}

type Deps = Parameters<typeof sendDueSurveys>[0];

async function inviteBatch(deps: Deps, survey: OpenSurvey, now: Date) {
  return deps.uow.transaction(async (repositories) => {
    const due = await repositories.surveys.listInvitationsDue(survey.id, BATCH);
    const inserted = new Set(
      await repositories.surveys.insertInvitations(
        survey.id,
        due.map((d) => d.applicationId),
        now,
      ),
    );
    const recipients = due.filter((d) => inserted.has(d.applicationId));
    if (recipients.length === 0) return { seen: due.length, sent: 0 };
    const programme = await repositories.programmes.findById(survey.programmeId);
    const emails = recipients.map((r) => surveyEmail(deps, survey, r, "survey-invitation"));
    const sent = await enqueueEmails(
      repositories,
      { ...deps, now },
      emails.map((e) => ({ ...e, ...aboutProgramme(programme) })),
    );
    return { seen: due.length, sent };
  });
}

async function remindBatch(deps: Deps, survey: OpenSurvey, now: Date) {
  return deps.uow.transaction(async (repositories) => {
    const invitedBy = new Date(now.getTime() - REMINDER_GAP_DAYS * DAY_MS);
    const due = await repositories.surveys.listReminderDue(survey.id, invitedBy, BATCH);
    const marked = new Set(
      await repositories.surveys.markReminded(
        survey.id,
        due.map((d) => d.applicationId),
        now,
      ),
    );
    const recipients = due.filter((d) => marked.has(d.applicationId));
    if (recipients.length === 0) return { seen: due.length, sent: 0 };
    const programme = await repositories.programmes.findById(survey.programmeId);
    const emails = recipients.map((r) => surveyEmail(deps, survey, r, "survey-reminder"));
    const sent = await enqueueEmails(
      repositories,
      { ...deps, now },
      emails.map((e) => ({ ...e, ...aboutProgramme(programme) })),
    );
    return { seen: due.length, sent };
  });
}

function surveyEmail(
  deps: Pick<UseCaseDeps, "links" | "baseUrl">,
  survey: OpenSurvey,
  recipient: SurveyRecipient,
  kind: "survey-invitation" | "survey-reminder",
): EmailToQueue {
  return {
    to: recipient.email,
    toName: recipient.name,
    locale: recipient.locale,
    // The application in the key: the facilitator's day finds an email's person by it.
    dedupeKey: `${kind}:${survey.id}:${recipient.applicationId}`,
    bulk: "surveys",
    message: {
      kind,
      recipientName: recipient.name,
      roundName: survey.roundName,
      surveyKind: survey.kind,
      surveyUrl: surveyUrl(deps, survey, recipient.applicationId),
      closesAt: survey.closesAt,
      timeZone: recipient.timeZone,
    },
  };
}
