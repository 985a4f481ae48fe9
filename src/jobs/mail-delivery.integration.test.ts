import { createServer, type Server } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { renderEmail } from "../mail/render-email.ts";
import { createSmtpTransport } from "../mail/transports/smtp-transport.ts";
import { enqueueEmail } from "../use-cases/mail/enqueue-email.ts";
import { deliverDueEmails } from "../use-cases/mail/deliver-due-emails.ts";
import { createLinkSigner } from "../link-signer.ts";
import { systemIds } from "../ids.ts";

let database: TestDatabase;
let smtp: SMTPServer;
let smtpPort = 0;
const received: ParsedMail[] = [];
let rejectNext = 0;
let now = new Date("2027-01-01T10:00:00Z");
const clock = { now: () => now };

beforeAll(async () => {
  database = await openTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
      if (rejectNext > 0) {
        rejectNext--;
        stream.resume();
        stream.on("end", () =>
          callback(Object.assign(new Error("Mailbox busy"), { responseCode: 451 })),
        );
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const address = smtp.server.address();
  smtpPort = typeof address === "object" && address ? address.port : 0;
});

afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await database.close();
});

async function queue(to: string, dedupeKey: string) {
  await database.uow.transaction((repositories) =>
    enqueueEmail(
      repositories,
      {
        ids: systemIds,
        renderEmail,
        now,
        links: createLinkSigner("test-secret-0123456789-abcdefghij"),
        baseUrl: "http://test.localhost",
      },
      {
        to,
        toName: "Aiko Tanaka",
        locale: "fr",
        dedupeKey,
        message: {
          kind: "application-withdrawn",
          applicantName: "Aiko Tanaka",
          roundName: "Round 1",
        },
      },
    ),
  );
}

describe("email delivery from the outbox over SMTP", () => {
  it("delivers text and HTML once, even when queued twice with the same key", async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    await queue("aiko@example.org", "once-key");
    await queue("aiko@example.org", "once-key");
    const first = await deliverDueEmails({
      uow: database.uow,
      clock,
      transport,
      from: "Shelfmates <no-reply@test>",
      hostname: "test",
    });
    const second = await deliverDueEmails({
      uow: database.uow,
      clock,
      transport,
      from: "Shelfmates <no-reply@test>",
      hostname: "test",
    });
    transport.close();
    expect(first).toEqual({ sent: 1, failed: 0, uncertain: 0, more: false });
    expect(second).toEqual({ sent: 0, failed: 0, uncertain: 0, more: false });
    const mail = received.filter(
      (m) => m.subject === "Vous avez retiré votre candidature à Round 1",
    );
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text).toContain("Bonjour Aiko Tanaka");
    expect(mail[0]!.html).toContain('<html lang="fr">');
  });

  it("retries a refused message later with backoff, then delivers it", async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    await queue("retry@example.org", "retry-key");
    rejectNext = 1;
    const refused = await deliverDueEmails({
      uow: database.uow,
      clock,
      transport,
      from: "x@test",
      hostname: "test",
    });
    expect(refused).toEqual({ sent: 0, failed: 1, uncertain: 0, more: false });
    // Not due yet: nothing is tried again immediately.
    expect(
      await deliverDueEmails({
        uow: database.uow,
        clock,
        transport,
        from: "x@test",
        hostname: "test",
      }),
    ).toEqual({ sent: 0, failed: 0, uncertain: 0, more: false });
    now = new Date(now.getTime() + 31_000);
    expect(
      await deliverDueEmails({
        uow: database.uow,
        clock,
        transport,
        from: "x@test",
        hostname: "test",
      }),
    ).toEqual({ sent: 1, failed: 0, uncertain: 0, more: false });
    transport.close();
    const page = await database.uow.read.outbox.list({ offset: 0, limit: 5 }, "retry@example.org");
    expect(page.items[0]).toMatchObject({ status: "sent", attempts: 2 });
  });

  it("never resends an email whose delivery was interrupted; it is marked uncertain", async () => {
    await queue("crash@example.org", "crash-key");
    const claimed = await database.uow.transaction((r) => r.outbox.claimNextDue(now));
    expect(claimed?.toAddress).toBe("crash@example.org");
    // The process "dies" here, during delivery. A worker runs eleven minutes later.
    now = new Date(now.getTime() + 11 * 60_000);
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    const after = await deliverDueEmails({
      uow: database.uow,
      clock,
      transport,
      from: "x@test",
      hostname: "test",
    });
    transport.close();
    expect(after).toEqual({ sent: 0, failed: 0, uncertain: 1, more: false });
    expect(received.filter((m) => m.to && JSON.stringify(m.to).includes("crash@"))).toEqual([]);
    const page = await database.uow.read.outbox.list({ offset: 0, limit: 5 }, "crash@example.org");
    expect(page.items[0]).toMatchObject({ status: "uncertain", attempts: 1 });
  });

  it("marks uncertain, and never resends, an email whose connection broke after it was sent", async () => {
    // A server that takes the whole message, then drops the connection without answering.
    let messagesTaken = 0;
    const dropper: Server = createServer((socket) => {
      let inData = false;
      let buffer = "";
      socket.write("220 dropper ESMTP\r\n");
      socket.on("data", (chunk) => {
        buffer += chunk.toString("latin1");
        if (inData) {
          if (buffer.includes("\r\n.\r\n")) {
            messagesTaken++;
            socket.destroy();
          }
          return;
        }
        let end: number;
        while ((end = buffer.indexOf("\r\n")) >= 0) {
          const line = buffer.slice(0, end).toUpperCase();
          buffer = buffer.slice(end + 2);
          if (line.startsWith("EHLO") || line.startsWith("HELO")) socket.write("250 dropper\r\n");
          else if (line.startsWith("DATA")) {
            inData = true;
            socket.write("354 go ahead\r\n");
            return;
          } else socket.write("250 ok\r\n");
        }
      });
    });
    await new Promise<void>((resolve) => dropper.listen(0, "127.0.0.1", resolve));
    const address = dropper.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    await queue("dropped@example.org", "dropped-key");
    const deliver = () =>
      deliverDueEmails({ uow: database.uow, clock, transport, from: "x@test", hostname: "test" });
    expect(await deliver()).toEqual({ sent: 0, failed: 0, uncertain: 1, more: false });
    now = new Date(now.getTime() + 2 * 60 * 60_000);
    expect(await deliver()).toEqual({ sent: 0, failed: 0, uncertain: 0, more: false });
    transport.close();
    await new Promise<void>((resolve) => dropper.close(() => resolve()));
    expect(messagesTaken).toBe(1);
    const page = await database.uow.read.outbox.list(
      { offset: 0, limit: 5 },
      "dropped@example.org",
    );
    expect(page.items[0]).toMatchObject({ status: "uncertain", attempts: 1 });
  });

  it("retries an email when no server answered at all (nothing was handed over)", async () => {
    const closed: Server = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const address = closed.address();
    const port = typeof address === "object" && address ? address.port : 0;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const transport = createSmtpTransport(`smtp://127.0.0.1:${port}`);
    await queue("unreachable@example.org", "unreachable-key");
    const result = await deliverDueEmails({
      uow: database.uow,
      clock,
      transport,
      from: "x@test",
      hostname: "test",
    });
    transport.close();
    expect(result).toEqual({ sent: 0, failed: 1, uncertain: 0, more: false });
    const page = await database.uow.read.outbox.list(
      { offset: 0, limit: 5 },
      "unreachable@example.org",
    );
    expect(page.items[0]).toMatchObject({ status: "pending", attempts: 1 });
  });
});

describe("bulk email that a person can stop (RFC 8058)", () => {
  const links = createLinkSigner("test-secret-0123456789-abcdefghij");
  const deps = { ids: systemIds, renderEmail, links, baseUrl: "http://test.localhost" };
  const bulk = (to: string, key: string) =>
    database.uow.transaction((repositories) =>
      enqueueEmail(
        repositories,
        { ...deps, now },
        {
          to,
          toName: "Rosa",
          locale: "es",
          dedupeKey: key,
          bulk: "topics",
          message: { kind: "application-withdrawn", applicantName: "Rosa", roundName: "R" },
        },
      ),
    );
  const deliver = async () => {
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    await deliverDueEmails({ uow: database.uow, clock, transport, from: "x@test", hostname: "t" });
    transport.close();
  };

  it("arrives with one-click List-Unsubscribe headers and the same link in its footer; the link stops that kind only", async () => {
    expect(await bulk("Rosa@Example.org", "bulk-1")).toBe(true);
    await deliver();
    const mail = received.find((m) => m.to && JSON.stringify(m.to).includes("rosa@example.org"));
    expect(mail).toBeDefined();
    const line = (key: string) => mail!.headerLines.find((h) => h.key === key)?.line ?? "";
    const header = line("list-unsubscribe");
    const url = /<(http:\/\/test\.localhost\/unsubscribe\/[^>]+)>/.exec(header)?.[1];
    expect(url).toBeDefined();
    expect(line("list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");
    expect(mail!.text).toContain(`Dejar de recibir los temas quincenales: ${url}`);
    expect(mail!.html).toContain(`href="${url}"`);

    const { readUnsubscribeLink, answerUnsubscribeLink } =
      await import("../use-cases/mail/unsubscribe-link.ts");
    const token = url!.split("/").at(-1)!;
    const linkDeps = { uow: database.uow, clock, links };
    // Opening the link changes nothing.
    expect(await readUnsubscribeLink(linkDeps, token)).toEqual({
      ok: true,
      value: { email: "rosa@example.org", kind: "topics", receiving: true },
    });
    expect(await bulk("rosa@example.org", "bulk-2")).toBe(true);
    expect(await answerUnsubscribeLink(linkDeps, token, false)).toMatchObject({
      ok: true,
      value: { receiving: false },
    });
    // Stopped: no more topics, in any case of the address; other kinds still go.
    expect(await bulk("ROSA@example.org", "bulk-3")).toBe(false);
    const outbox = await database.uow.read.outbox.list(
      { offset: 0, limit: 100 },
      "rosa@example.org",
    );
    expect(outbox.items.map((m) => m.dedupeKey).sort()).toEqual(["bulk-1", "bulk-2"]);
    await queue("rosa@example.org", "not-bulk");
    const after = await database.uow.read.outbox.list(
      { offset: 0, limit: 100 },
      "rosa@example.org",
    );
    expect(after.total).toBe(3);
    // A changed character, or a link for another purpose, is refused.
    expect((await readUnsubscribeLink(linkDeps, `${token}x`)).ok).toBe(false);
    const otherPurpose = links.sign({
      purpose: "check-in",
      subject: "topics:rosa@example.org",
      expiresAt: null,
    });
    expect((await answerUnsubscribeLink(linkDeps, otherPurpose, false)).ok).toBe(false);
    // Restarting works from the same link.
    await answerUnsubscribeLink(linkDeps, token, true);
    expect(await bulk("rosa@example.org", "bulk-4")).toBe(true);
  });
});

describe("email about a programme", () => {
  it("is signed by the programme and replies go to its contact address", async () => {
    const deps = {
      ids: systemIds,
      renderEmail,
      links: createLinkSigner("test-secret-0123456789-abcdefghij"),
      baseUrl: "http://test.localhost",
      now,
    };
    await database.uow.transaction((repositories) =>
      enqueueEmail(repositories, deps, {
        to: "kofi@example.org",
        toName: "Kofi",
        locale: "en",
        dedupeKey: "programme-signed",
        programme: { name: "Peer Mentoring", contactEmail: "team@peer.example.org" },
        message: { kind: "application-withdrawn", applicantName: "Kofi", roundName: "R" },
      }),
    );
    const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
    await deliverDueEmails({ uow: database.uow, clock, transport, from: "x@test", hostname: "t" });
    transport.close();
    const mail = received.find((m) => JSON.stringify(m.to).includes("kofi@example.org"))!;
    expect(mail.replyTo?.value[0]?.address).toBe("team@peer.example.org");
    expect(mail.text).toContain("— The Peer Mentoring team, via Shelfmates");
  });
});
