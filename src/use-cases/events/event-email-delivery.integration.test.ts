/**
 * A registration's confirmation, delivered over SMTP, carries the event's .ics as a
 * text/calendar part that a calendar library reads; a waitlisted confirmation carries none.
 */
import ICAL from "ical.js";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { addMembers, addNetwork, eventForm } from "../../db/event-test-fixtures.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps, type TestUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { createSmtpTransport } from "../../mail/transports/smtp-transport.ts";
import { deliverDueEmails } from "../mail/deliver-due-emails.ts";
import { findEventEmailAttachments } from "./find-event-email-attachments.ts";
import { publishEvent } from "./publish-event.ts";
import { registerForEvent } from "./register-for-event.ts";

let database: TestDatabase;
let deps: TestUseCaseDeps;
let smtp: SMTPServer;
let smtpPort = 0;
const received: ParsedMail[] = [];

beforeAll(async () => {
  database = await openTestDatabase();
  deps = testUseCaseDeps(database, "2027-02-01T12:00:00Z");
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, _session, callback) {
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

it("sends the .ics with a confirmed place, and none with a place on the waitlist", async () => {
  const [organiser, ana, ben] = await addMembers(database.db, "mail", 3);
  await addNetwork(database.db, "mailers", organiser!);
  const published = await publishEvent(deps, organiser!, {
    publisher: { network: "mailers" },
    values: eventForm({ title: "Cataloguing clinic", capacity: "1" }),
  });
  if (!published.ok) throw new Error(JSON.stringify(published.error));
  await registerForEvent(deps, ana!, { slug: published.value.slug });
  await registerForEvent(deps, ben!, { slug: published.value.slug });

  const transport = createSmtpTransport(`smtp://127.0.0.1:${smtpPort}`);
  const result = await deliverDueEmails({
    uow: database.uow,
    clock: deps.clock,
    transport,
    from: "Shelfmates <noreply@test.localhost>",
    hostname: "test.localhost",
    attachmentsFor: (email) => findEventEmailAttachments(deps, email),
  });
  transport.close();
  expect(result.sent).toBe(2);

  const toAna = received.find((m) => m.subject?.startsWith("You are registered"));
  const calendar = toAna?.attachments.find((a) => a.contentType === "text/calendar");
  expect(calendar?.filename).toBe(`${published.value.slug}.ics`);
  const vevent = new ICAL.Component(
    ICAL.parse(calendar!.content.toString("utf8")) as unknown[],
  ).getFirstSubcomponent("vevent")!;
  expect(vevent.getFirstPropertyValue("summary")).toBe("Cataloguing clinic");
  expect(String(vevent.getFirstPropertyValue("description"))).toContain(
    "https://meet.example.org/reading",
  );
  const toBen = received.find((m) => m.subject?.startsWith("On the waitlist"));
  expect(toBen).toBeDefined();
  expect(toBen?.attachments).toHaveLength(0);
});
