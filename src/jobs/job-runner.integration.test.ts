/**
 * The job runner on a real database (PGlite, or a server with TEST_DB=postgres): jobs sent in
 * a transaction exist only if it commits; two app instances share emails and jobs without
 * doing anything twice; a worker that dies mid-batch leaves only the email it was sending in
 * doubt.
 */
import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectDatabase, type DatabaseConnection } from "../db/connect.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { createUnitOfWork } from "../db/unit-of-work.ts";
import { createLinkSigner } from "../link-signer.ts";
import { systemIds } from "../ids.ts";
import { renderEmail } from "../mail/render-email.ts";
import { deliverDueEmails } from "../use-cases/mail/deliver-due-emails.ts";
import type { MailTransport } from "../use-cases/mail/email-message.ts";
import { enqueueEmail } from "../use-cases/mail/enqueue-email.ts";
import type { JobConsumer } from "../use-cases/job-ports.ts";
import type { UnitOfWork } from "../use-cases/ports.ts";
import { startJobRunner, type JobHandlers, type JobRunner } from "./job-runner.ts";

const onServer = process.env.TEST_DB === "postgres";
const logger = pino({ level: "silent" });
const clock = { now: () => new Date() };

let database: TestDatabase;

beforeAll(async () => {
  database = await openTestDatabase();
});

afterAll(async () => {
  await database.close();
});

/** A transport that records what it sent, taking `delayMs` per message. */
function recordingTransport(sent: string[], delayMs = 0): MailTransport {
  return {
    name: "test",
    async send(email) {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      sent.push(email.to);
      return { messageId: email.messageId };
    },
    close() {},
  };
}

function queueEmail(repositories: Parameters<typeof enqueueEmail>[0], to: string) {
  return enqueueEmail(
    repositories,
    {
      ids: systemIds,
      renderEmail,
      now: clock.now(),
      links: createLinkSigner("test-secret-0123456789-abcdefghij"),
      baseUrl: "http://test.localhost",
    },
    {
      to,
      toName: "Aiko Tanaka",
      locale: "en",
      dedupeKey: `test:${to}`,
      message: { kind: "application-withdrawn", applicantName: "Aiko Tanaka", roundName: "R1" },
    },
  );
}

/** Starts a runner whose mail goes to `transport` and whose other jobs go to `handlers`. */
function startRunner(
  queue: JobConsumer,
  uow: UnitOfWork,
  transport: MailTransport,
  handlers: Partial<JobHandlers> = {},
): Promise<JobRunner> {
  return startJobRunner(
    queue,
    {
      "mail.deliver": () =>
        deliverDueEmails({ uow, clock, transport, from: "x@test", hostname: "test" }),
      "matching.run": async () => {},
      "applications.import": async () => {},
      "matching.run.given-up": async () => {},
      "applications.import.given-up": async () => {},
      ...handlers,
    },
    logger,
    { pollingIntervalSeconds: 0.5 },
  );
}

async function waitFor(done: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > until) throw new Error("timed out waiting for the job runner");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function statusOf(to: string) {
  const page = await database.uow.read.outbox.list({ offset: 0, limit: 1 }, to);
  return page.items[0];
}

describe("the job runner", () => {
  it("delivers an email queued in a committed transaction, and nothing of a rolled-back one", async () => {
    const sent: string[] = [];
    const runner = await startRunner(database.jobConsumer, database.uow, recordingTransport(sent));
    try {
      await database.uow.transaction((r) => queueEmail(r, "kept@example.org"));
      await expect(
        database.uow.transaction(async (r) => {
          await queueEmail(r, "rolled-back@example.org");
          throw new Error("the change failed");
        }),
      ).rejects.toThrow("the change failed");

      await waitFor(() => sent.includes("kept@example.org"));
      // Refused emails are retried, and mail a stopped instance left is sent, every minute (UTC).
      expect(await database.boss.getSchedule("mail.deliver")).toMatchObject({
        cron: "* * * * *",
        timezone: "UTC",
      });
      expect(await statusOf("kept@example.org")).toMatchObject({ status: "sent", attempts: 1 });
      expect(await statusOf("rolled-back@example.org")).toBeUndefined();
      expect(sent).toEqual(["kept@example.org"]);
    } finally {
      await runner.stop();
    }
  });

  it("shares emails and jobs between two app instances, doing nothing twice", async () => {
    // On a server, the second instance is a second connection pool, as another process
    // would have; PGlite has one connection, so there both runners share it.
    const second: DatabaseConnection | undefined = onServer
      ? await connectDatabase({ databaseUrl: database.databaseUrl })
      : undefined;
    const secondUow = second ? createUnitOfWork(second.db, second.boss) : database.uow;
    const sent = { a: [] as string[], b: [] as string[] };
    const handled = { a: [] as string[], b: [] as string[] };
    const runners = [
      await startRunner(database.jobConsumer, database.uow, recordingTransport(sent.a, 20), {
        "matching.run": ({ runId }) => Promise.resolve(void handled.a.push(runId)),
      }),
      await startRunner(
        second?.jobConsumer ?? database.jobConsumer,
        secondUow,
        recordingTransport(sent.b, 20),
        { "matching.run": ({ runId }) => Promise.resolve(void handled.b.push(runId)) },
      ),
    ];
    try {
      const emails = Array.from({ length: 40 }, (_, i) => `share-${i}@example.org`);
      const runIds = Array.from({ length: 10 }, (_, i) => `run-${i}`);
      // One change after another, as requests would make them: each sends its own jobs, and
      // the ones sent while a worker delivers wake the other instance.
      for (const to of emails) {
        await database.uow.transaction((r) => queueEmail(r, to));
        await new Promise((resolve) => setTimeout(resolve, 30));
      }
      for (const runId of runIds)
        await database.uow.transaction((r) => r.jobs.send("matching.run", { runId }));

      await waitFor(() => sent.a.length + sent.b.length >= 40);
      await waitFor(() => handled.a.length + handled.b.length >= 10);
      // Anything done twice would arrive late: give it the time to.
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const allSent = [...sent.a, ...sent.b];
      expect(allSent.toSorted()).toEqual(emails.toSorted());
      expect([...handled.a, ...handled.b].toSorted()).toEqual(runIds.toSorted());
      for (const to of emails)
        expect(await statusOf(to)).toMatchObject({ status: "sent", attempts: 1 });
      console.info(
        `shared on ${onServer ? "postgres" : "pglite"}: emails ${sent.a.length}/${sent.b.length}, jobs ${handled.a.length}/${handled.b.length}`,
      );
    } finally {
      for (const runner of runners) await runner.stop();
      await second?.close();
    }
  });
});

describe("the queues", () => {
  it("retry with backoff, and send a job that failed every retry to its given-up queue", async () => {
    expect(await database.boss.getQueue("matching.run")).toMatchObject({
      retryBackoff: true,
      heartbeatSeconds: 30,
      deadLetter: "matching.run.given-up",
    });
    expect(await database.boss.getQueue("applications.import")).toMatchObject({
      retryBackoff: true,
      heartbeatSeconds: 30,
      deadLetter: "applications.import.given-up",
    });
    expect(await database.boss.getQueue("mail.deliver")).toMatchObject({
      policy: "short",
      retryBackoff: true,
    });
  });
});

describe("two mail workers at once", () => {
  it("claim different emails, so each is sent exactly once", async () => {
    const second: DatabaseConnection | undefined = onServer
      ? await connectDatabase({ databaseUrl: database.databaseUrl })
      : undefined;
    try {
      const emails = Array.from({ length: 30 }, (_, i) => `race-${i}@example.org`);
      for (const to of emails) await database.uow.transaction((r) => queueEmail(r, to));
      const sent = { a: [] as string[], b: [] as string[] };
      const worker = (uow: UnitOfWork, into: string[]) =>
        deliverDueEmails({
          uow,
          clock,
          transport: recordingTransport(into, 10),
          from: "x@test",
          hostname: "test",
        });
      const [a, b] = await Promise.all([
        worker(database.uow, sent.a),
        worker(second ? createUnitOfWork(second.db, second.boss) : database.uow, sent.b),
      ]);

      expect(a.sent + b.sent).toBe(30);
      expect([...sent.a, ...sent.b].toSorted()).toEqual(emails.toSorted());
      // Both took part: claims interleave (one email per claim) instead of one taking all.
      expect(sent.a.length).toBeGreaterThan(0);
      expect(sent.b.length).toBeGreaterThan(0);
      for (const to of emails)
        expect(await statusOf(to)).toMatchObject({ status: "sent", attempts: 1 });
    } finally {
      await second?.close();
    }
  });
});

describe("a mail worker killed mid-batch", () => {
  it("leaves only the email it was sending in doubt; the others are sent once by the next worker", async () => {
    const emails = Array.from({ length: 5 }, (_, i) => `batch-${i}@example.org`);
    for (const to of emails) await database.uow.transaction((r) => queueEmail(r, to));
    // The first worker sends two, then "dies" during the third: its send never returns.
    const attempted: string[] = [];
    const dying: MailTransport = {
      name: "test",
      send(email) {
        attempted.push(email.to);
        if (attempted.length === 3) return new Promise(() => {});
        return Promise.resolve({ messageId: email.messageId });
      },
      close() {},
    };
    void deliverDueEmails({
      uow: database.uow,
      clock,
      transport: dying,
      from: "x@test",
      hostname: "test",
    });
    await waitFor(() => attempted.length === 3);
    const statuses = await Promise.all(emails.map(async (to) => (await statusOf(to))?.status));
    expect(statuses.toSorted()).toEqual(["pending", "pending", "sending", "sent", "sent"]);

    // A new process, eleven minutes later.
    const later = { now: () => new Date(Date.now() + 11 * 60_000) };
    const sent: string[] = [];
    const result = await deliverDueEmails({
      uow: database.uow,
      clock: later,
      transport: recordingTransport(sent),
      from: "x@test",
      hostname: "test",
    });

    expect(result).toEqual({ sent: 2, failed: 0, uncertain: 1, more: false });
    const dead = attempted[2]!;
    expect(sent.toSorted()).toEqual(emails.filter((to) => !attempted.includes(to)).toSorted());
    expect(await statusOf(dead)).toMatchObject({ status: "uncertain", attempts: 1 });
    for (const to of emails.filter((e) => e !== dead))
      expect(await statusOf(to)).toMatchObject({ status: "sent", attempts: 1 });
  });
});
