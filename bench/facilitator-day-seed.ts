/**
 * The data of bench/facilitator-day.ts: a round under way for six weeks with `pairs`
 * partnerships and what such a round holds (see that file), written straight into the tables.
 */
import { sql } from "drizzle-orm";
import {
  agreementConfirmation,
  checkIn,
  emailOutbox,
  followUp,
  groupSession,
  meeting,
  partnership,
  partnershipMember,
  round as roundTable,
  sessionRsvp,
} from "../src/db/schema/index.ts";
import type { TestDatabase } from "../src/db/test-database.ts";
import type { TestUseCaseDeps } from "../src/db/test-use-case-deps.ts";
import type { Actor } from "../src/use-cases/result.ts";
import { addApplicants, createClosedRound } from "../src/use-cases/testing/matching-fixtures.ts";
import { insertAll, seededRandom } from "./seed-rows.ts";

const DAY = 86_400_000;

/** A round under way for six weeks at `deps.clock.now()`, with `pairs` partnerships and their life. */
export async function seedRoundUnderWay(
  database: TestDatabase,
  deps: TestUseCaseDeps,
  admin: Actor,
  pairs: number,
  prefix: string,
) {
  const { db } = database;
  const NOW = deps.clock.now();
  const rand = seededRandom(pairs);
  let counter = 0;
  const newId = (kind: string) => `${prefix}-${kind}${(++counter).toString(36)}`;
  const startsAt = new Date(NOW.getTime() - 42 * DAY);
  const round = await createClosedRound(deps, admin, { startsAt });
  await db
    .update(roundTable)
    .set({ status: "active" })
    .where(sql`${roundTable.id} = ${round.id}`);
  const people = pairs * 2 + 600;
  const apps = await addApplicants(
    deps,
    round,
    Array.from({ length: people }, (_, i) => ({
      email: `${prefix}-${i}@example.org`,
      name: `${prefix} ${i}`,
      country: "FI",
    })),
  );
  const published = new Date(startsAt.getTime() - 7 * DAY);
  const partnershipRows: (typeof partnership.$inferInsert)[] = [];
  const memberRows: (typeof partnershipMember.$inferInsert)[] = [];
  const confirmations: (typeof agreementConfirmation.$inferInsert)[] = [];
  const meetings: (typeof meeting.$inferInsert)[] = [];
  const checkIns: (typeof checkIn.$inferInsert)[] = [];
  const followUps: (typeof followUp.$inferInsert)[] = [];
  const emails: (typeof emailOutbox.$inferInsert)[] = [];
  for (let p = 0; p < pairs + 300; p++) {
    const id = newId("p");
    const dissolved = p >= pairs;
    const members = [apps[2 * p]!, apps[2 * p + 1]!];
    partnershipRows.push({
      id,
      roundId: round.id,
      kind: "pair",
      score: 60,
      links: [],
      status: dissolved ? "dissolved" : "active",
      closedAt: dissolved ? new Date(NOW.getTime() - 10 * DAY) : null,
      createdAt: published,
    });
    const meetingsBefore = meetings.length;
    const checkInsBefore = checkIns.length;
    let confirmedBy = 0;
    let lastConfirmed = published;
    for (const m of members) {
      memberRows.push({
        partnershipId: id,
        applicationId: m.id,
        role: "peer",
        leftAt: dissolved ? new Date(NOW.getTime() - 10 * DAY) : null,
      });
      if (rand() < 0.85) {
        const confirmedAt = new Date(published.getTime() + rand() * 20 * DAY);
        confirmations.push({ partnershipId: id, applicationId: m.id, confirmedAt });
        confirmedBy++;
        if (confirmedAt > lastConfirmed) lastConfirmed = confirmedAt;
      }
      emails.push({
        id: newId("e"),
        dedupeKey: `partner-introduction:${id}:${m.id}`,
        toAddress: m.email,
        kind: "partner-introduction",
        subject: "Meet your partner",
        bodyText: "",
        bodyHtml: "",
        status: rand() < 0.002 ? "failed" : rand() < 0.0005 ? "uncertain" : "sent",
        createdAt: published,
      });
      for (const sequence of [1, 2, 3]) {
        const sentAt = new Date(startsAt.getTime() + sequence * 14 * DAY);
        if (sentAt > NOW) continue;
        const r = rand();
        const answer = r < 0.55 ? "in_touch" : r < 0.7 ? "not_yet" : r < 0.72 ? "problem" : null;
        checkIns.push({
          id: newId("c"),
          partnershipId: id,
          applicationId: m.id,
          sequence,
          sentAt,
          answer,
          answeredAt: answer ? new Date(sentAt.getTime() + rand() * 3 * DAY) : null,
        });
        emails.push({
          id: newId("e"),
          dedupeKey: `check-in:${id}:${m.id}:${sequence}`,
          toAddress: m.email,
          kind: "check-in",
          subject: "How is it going?",
          bodyText: "",
          bodyHtml: "",
          status: "sent",
          createdAt: sentAt,
        });
      }
    }
    // As the confirmation repository keeps it: confirmed once every current member has.
    if (confirmedBy === members.length)
      partnershipRows.at(-1)!.agreementConfirmedAt = lastConfirmed;
    const held = Math.floor(rand() * 4);
    for (let k = 0; k < held; k++)
      meetings.push({
        id: newId("m"),
        partnershipId: id,
        loggedBy: members[0]!.id,
        status: "held",
        startsAt: new Date(startsAt.getTime() + rand() * 42 * DAY),
        durationMinutes: 45,
        place: "online",
        format: "one_to_one",
      });
    // As the repositories writing meetings and answers keep it: the latest contact.
    const contacts = [
      ...meetings.slice(meetingsBefore).map((m) => m.startsAt.getTime()),
      ...checkIns
        .slice(checkInsBefore)
        .filter((c) => c.answer === "in_touch")
        .map((c) => c.answeredAt!.getTime()),
    ];
    if (contacts.length > 0)
      partnershipRows.at(-1)!.lastContactAt = new Date(Math.max(...contacts));
    const f = rand();
    if (!dissolved && f < 0.1)
      followUps.push({
        id: newId("f"),
        partnershipId: id,
        reason: f < 0.02 ? "problem" : "silent",
        openedAt: new Date(NOW.getTime() - rand() * 14 * DAY),
      });
    else if (f < 0.13)
      followUps.push({
        id: newId("f"),
        partnershipId: id,
        reason: "silent",
        openedAt: new Date(NOW.getTime() - 20 * DAY),
        closedAt: new Date(NOW.getTime() - 5 * DAY),
        outcome: "resolved",
      });
  }
  await insertAll(partnershipRows, (b) => db.insert(partnership).values(b));
  await insertAll(memberRows, (b) => db.insert(partnershipMember).values(b));
  await insertAll(confirmations, (b) => db.insert(agreementConfirmation).values(b));
  await insertAll(meetings, (b) => db.insert(meeting).values(b));
  await insertAll(checkIns, (b) => db.insert(checkIn).values(b));
  await insertAll(followUps, (b) => db.insert(followUp).values(b));
  await insertAll(emails, (b) => db.insert(emailOutbox).values(b));
  for (let s = 0; s < 12; s++) {
    const sessionId = newId("s");
    await db.insert(groupSession).values({
      id: sessionId,
      roundId: round.id,
      title: `Group session ${s + 1}`,
      startsAt: new Date(startsAt.getTime() + (s * 10 + 3) * DAY),
      durationMinutes: 60,
    });
    const rsvps = apps.slice(s * 200, s * 200 + 200).map((a) => ({
      sessionId,
      applicationId: a.id,
      answer: rand() < 0.6 ? "yes" : "no",
      answeredAt: startsAt,
    }));
    await db.insert(sessionRsvp).values(rsvps);
  }
  return {
    round,
    counts: {
      partnerships: partnershipRows.length,
      meetings: meetings.length,
      checkIns: checkIns.length,
      followUps: followUps.length,
      emails: emails.length,
    },
  };
}
