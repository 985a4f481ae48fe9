import { enqueueEmails } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { eventEmailDetails } from "./queue-event-email.ts";

/** Reminders queued per run; the job runs every ten minutes and takes the rest then. */
const REMINDERS_PER_RUN = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The scheduled job "events.remind": a day before each occurrence, every registered member
 * gets one reminder (a bulk kind, "events", stoppable with one click). Each is claimed by
 * inserting its event_reminder row (its primary key: event, member, occurrence) in the
 * transaction that queues the email, so a retried job or a second instance never sends twice.
 */
export async function remindEventRegistrants(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
): Promise<{ emails: number }> {
  const now = deps.clock.now();
  const window = { after: now, until: new Date(now.getTime() + DAY_MS) };
  const due = await deps.uow.read.events.listDueReminders(window, REMINDERS_PER_RUN);
  let emails = 0;
  for (const reminder of due) {
    emails += await deps.uow.transaction(async (repositories) => {
      const claimed = await repositories.events.claimReminder({
        eventId: reminder.eventId,
        userId: reminder.userId,
        occurrenceStartsAt: reminder.occurrenceStartsAt,
        sentAt: now,
      });
      if (!claimed) return 0;
      const event = await repositories.events.findById(reminder.eventId);
      if (!event) return 0;
      const person = { ...reminder, status: "registered" as const, createdAt: now };
      const occurrence = {
        startsAt: reminder.occurrenceStartsAt,
        endsAt: reminder.occurrenceEndsAt,
      };
      return enqueueEmails(repositories, { ...deps, now }, [
        {
          to: reminder.email,
          toName: reminder.name,
          locale: reminder.locale,
          bulk: "events",
          dedupeKey: `event-reminder:${event.id}:${reminder.userId}:${reminder.occurrenceStartsAt.toISOString()}`,
          message: {
            ...eventEmailDetails(deps, event, person, occurrence, true),
            kind: "event-reminder",
          },
        },
      ]);
    });
  }
  return { emails };
}
