/**
 * The scheduled job "check-ins.send": every current member of an active partnership in a
 * live round gets the latest check-in due (check-in k at startsAt + k × checkInEveryDays
 * days), once. Each batch inserts its check_in rows (a row that exists is skipped: the
 * unique key on partnership, member and number) and queues the emails of exactly the rows
 * it inserted, in one transaction, so two runs at once never send one twice.
 */
import {
  CHECK_IN_ANSWERS,
  CHECK_IN_LINK_DAYS,
  DAY_MS,
  checkInDueAt,
  latestDueCheckIn,
} from "../../domain/partnerships/check-in-schedule.ts";
import { aboutProgramme, enqueueEmails, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { firstNameOf } from "./check-in-emails.ts";
import type { CheckInRecord, LiveRound } from "./check-in-ports.ts";

/** Members per transaction: short transactions keep pages answering during a big round. */
const BATCH = 200;

export async function sendDueCheckIns(deps: UseCaseDeps): Promise<{ sent: number }> {
  const now = deps.clock.now();
  let sent = 0;
  for (const round of await deps.uow.read.checkIns.listLiveRounds(now)) {
    // Rounds are few; the number due is the same for every published partnership (a re-match
    // made after it fell due is left out by the query: see latestDueCheckIn).
    const sequence = latestDueCheckIn(round, null, now);
    if (sequence === null) continue;
    const dueAt = checkInDueAt(round.startsAt, round.checkInEveryDays, sequence);
    for (;;) {
      const batch = await sendBatch(deps, round, sequence, dueAt, now);
      sent += batch.sent;
      if (batch.seen < BATCH) break;
    }
  }
  return { sent };
}

async function sendBatch(
  deps: UseCaseDeps,
  round: LiveRound,
  sequence: number,
  dueAt: Date,
  now: Date,
): Promise<{ seen: number; sent: number }> {
  return deps.uow.transaction(async (repositories) => {
    const due = await repositories.checkIns.listCheckInsDue(round.id, sequence, dueAt, BATCH);
    const inserted = await repositories.checkIns.insertCheckIns(
      due.map((d): CheckInRecord => ({
        id: deps.ids.newId(),
        partnershipId: d.partnershipId,
        applicationId: d.applicationId,
        sequence,
        sentAt: now,
        answer: null,
        goodMatch: null,
        note: "",
        answeredAt: null,
      })),
    );
    if (inserted.length === 0) return { seen: due.length, sent: 0 };
    const partnerships = new Map(
      (
        await repositories.checkIns.findPartnerships([
          ...new Set(inserted.map((c) => c.partnershipId)),
        ])
      ).map((p) => [p.id, p]),
    );
    const expiresAt = new Date(now.getTime() + CHECK_IN_LINK_DAYS * DAY_MS);
    const programme = await repositories.programmes.findById(round.programmeId);
    const emails: EmailToQueue[] = [];
    for (const row of inserted) {
      const partnership = partnerships.get(row.partnershipId)!;
      const current = partnership.members.filter((m) => m.leftAt === null);
      const recipient = current.find((m) => m.applicationId === row.applicationId)!;
      const earlier = sequence === 1 ? 0 : await repositories.checkIns.countEarlierCheckIns(row);
      const answerUrls = Object.fromEntries(
        CHECK_IN_ANSWERS.map((answer) => [
          answer,
          `${deps.baseUrl}/check-in/${deps.links.sign({
            purpose: "check-in",
            subject: `${row.id}:${answer}`,
            expiresAt,
          })}`,
        ]),
      ) as Record<(typeof CHECK_IN_ANSWERS)[number], string>;
      emails.push({
        to: recipient.email,
        toName: recipient.name,
        locale: recipient.locale,
        // The application in the key: the facilitator's day finds an email's person by it.
        dedupeKey: `check-in:${row.id}:${row.applicationId}`,
        bulk: "check-ins",
        ...aboutProgramme(programme),
        message: {
          kind: "check-in",
          recipientName: recipient.name,
          roundName: round.name,
          partnerNames: current
            .filter((m) => m.applicationId !== recipient.applicationId)
            .map((m) => firstNameOf(m.name)),
          sequence,
          asksGoodMatch: earlier === 0,
          answerUrls,
        },
      });
    }
    const sent = await enqueueEmails(repositories, { ...deps, now }, emails);
    return { seen: due.length, sent };
  });
}
