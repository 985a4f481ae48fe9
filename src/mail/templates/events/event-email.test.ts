import { describe, expect, it } from "vitest";
import type { EventEmailMessage } from "../../../use-cases/events/event-emails.ts";
import { renderEmail } from "../../render-email.ts";

const details = {
  recipientName: "Lucía Pérez",
  title: "Managing a small library",
  publisherName: "Solo librarians",
  startsAt: new Date("2027-03-08T09:00:00Z"),
  endsAt: new Date("2027-04-05T09:00:00Z"),
  timeZone: "Europe/London",
  place: "",
  onlineUrl: "https://learn.example.org/small-library",
  occurrences: 1,
  courseWeeks: 4,
  eventUrl: "http://test.localhost/events/managing-a-small-library",
};

describe("the events emails", () => {
  it("confirm a place on the event's own clock, with the online link and the calendar file", () => {
    const message: EventEmailMessage = {
      ...details,
      kind: "event-registration",
      status: "registered",
      waitlistPosition: null,
      calendarUrl: "http://test.localhost/events/managing-a-small-library/calendar.ics",
    };
    const email = renderEmail(message, "en");
    expect(email.subject).toContain("You are registered");
    expect(email.text).toContain("runs for 4 weeks");
    expect(email.text).toMatch(/March 8, 2027 at 09:00\s?AM GMT \(Europe\/London\)/);
    expect(email.text).toContain("https://learn.example.org/small-library");
    expect(email.text).toContain("/calendar.ics");
  });

  it("tell a waitlisted member their position, without the link, in their language", () => {
    const message: EventEmailMessage = {
      ...details,
      onlineUrl: "",
      kind: "event-registration",
      status: "waitlisted",
      waitlistPosition: 3,
      calendarUrl: "http://test.localhost/events/x/calendar.ics",
    };
    const es = renderEmail(message, "es");
    expect(es.subject).toContain("En lista de espera");
    expect(es.text).toContain("con el número 3");
    expect(es.text).not.toContain("calendar.ics");
    const fr = renderEmail({ ...details, kind: "event-cancelled" }, "fr");
    expect(fr.subject).toContain("Annulé");
    expect(fr.text).not.toContain("learn.example.org");
  });

  it("remind the day before with a way to stop reminders", () => {
    const email = renderEmail({ ...details, kind: "event-reminder" }, "en", {
      unsubscribe: { kind: "events", url: "http://test.localhost/unsubscribe/abc" },
    });
    expect(email.subject).toContain("Tomorrow");
    expect(email.text).toContain("reminders of the events you registered for");
    expect(email.text).toContain("http://test.localhost/unsubscribe/abc");
  });
});
