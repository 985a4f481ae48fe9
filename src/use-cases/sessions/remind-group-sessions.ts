import { reminderWindow } from "../../domain/sessions/group-session.ts";
import { enqueueEmails, aboutProgramme } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { roundSessionsUrl } from "./calendar-feed-url.ts";

/** Sessions reminded per run; the job runs every ten minutes and takes the rest then. */
const SESSIONS_PER_RUN = 100;

/**
 * The scheduled job "sessions.remind": each scheduled session starting within the next 24
 * hours gets one reminder to every current member of the round's active partnerships who has
 * not answered "no", in their language and on their clock. The session is claimed with a
 * conditional UPDATE in the transaction that queues its emails, so two instances (or a
 * retried job) never both send it; the dedupe key guards the outbox as well.
 */
export async function remindGroupSessions(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
): Promise<{ sessions: number; emails: number }> {
  const now = deps.clock.now();
  const window = reminderWindow(now);
  const due = await deps.uow.read.sessions.listDueForReminder(window, SESSIONS_PER_RUN);
  let sessions = 0;
  let emails = 0;
  for (const candidate of due) {
    const queued = await deps.uow.transaction(async (repositories) => {
      const session = await repositories.sessions.claimReminder(candidate.id, window, now);
      if (!session) return undefined;
      const round = await repositories.rounds.findById(session.roundId);
      if (!round) return 0;
      const programme = await repositories.programmes.findById(round.programmeId);
      const recipients = await repositories.sessions.listReminderRecipients(
        session.id,
        session.roundId,
      );
      const count = await enqueueEmails(
        repositories,
        { ...deps, now },
        recipients.map((person) => ({
          to: person.email,
          toName: person.name,
          locale: person.locale,
          bulk: "reminders" as const,
          ...aboutProgramme(programme),
          dedupeKey: `session-reminder:${session.id}:${person.applicationId}:${session.sequence}`,
          message: {
            kind: "session-reminder" as const,
            recipientName: person.name,
            roundName: round.name,
            title: session.title,
            description: session.description,
            startsAt: session.startsAt,
            durationMinutes: session.durationMinutes,
            timeZone: person.timeZone,
            onlineUrl: session.onlineUrl,
            place: session.place,
            sessionsUrl: roundSessionsUrl(deps, round.id),
          },
        })),
      );
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: null,
        action: "group_session.reminded",
        subjectType: "group_session",
        subjectId: session.id,
        data: { roundId: round.id, emails: count, sequence: session.sequence },
        createdAt: now,
      });
      return count;
    });
    if (queued === undefined) continue;
    sessions += 1;
    emails += queued;
  }
  return { sessions, emails };
}
