import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { buildSessionCalendar, type CalendarSession } from "./session-calendar.ts";

const base: CalendarSession = {
  id: "s1",
  title: "Kick-off; welcome, everyone",
  description: "Bring a story.\nAnd a cup of tea.",
  startsAt: new Date("2027-03-10T17:30:00Z"),
  durationMinutes: 90,
  onlineUrl: "https://meet.example.org/kick-off",
  place: "",
  status: "scheduled",
  sequence: 0,
  createdAt: new Date("2027-02-01T10:00:00Z"),
  updatedAt: new Date("2027-02-01T10:00:00Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("a round's calendar feed", () => {
  it("parses back with ical.js: name, method, UTC times, UID, SEQUENCE, status", () => {
    const text = buildSessionCalendar({
      calendarName: "Spring, 2027; peers\nround",
      host: "shelfmates.example.org",
      sessions: [
        base,
        {
          ...base,
          id: "s2",
          title: "Closing",
          status: "cancelled",
          sequence: 3,
          onlineUrl: "",
          place: "Main library, room 2",
        },
      ],
      now: new Date("2027-02-02T08:00:00Z"),
    });
    expect(text).toMatch(/\r\n/);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    // The name's comma, semicolon and newline escaped as TEXT (RFC 5545 §3.3.11), on one line.
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Spring\\, 2027\\; peers\\nround");
    expect(text).not.toMatch(/^round/m);
    expect(events).toHaveLength(2);
    const [first, second] = events.map((e) => new ICAL.Event(e));
    expect(first!.uid).toBe("session-s1@shelfmates.example.org");
    expect(first!.summary).toBe("Kick-off; welcome, everyone");
    expect(first!.description).toBe(
      "Bring a story.\nAnd a cup of tea.\n\nhttps://meet.example.org/kick-off",
    );
    expect(first!.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(first!.startDate.toJSDate().toISOString()).toBe("2027-03-10T17:30:00.000Z");
    expect(first!.endDate.toJSDate().toISOString()).toBe("2027-03-10T19:00:00.000Z");
    expect(first!.sequence).toBe(0);
    expect(events[0]!.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(second!.location).toBe("Main library, room 2");
    expect(second!.sequence).toBe(3);
    expect(events[1]!.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(text).toContain("DTSTART:20270310T173000Z");
    expect(text).not.toContain("TZID");
  });

  it("is a valid empty calendar when there are no sessions", () => {
    const { calendar, events } = parse(
      buildSessionCalendar({
        calendarName: "Quiet round",
        host: "h",
        sessions: [],
        now: new Date(),
      }),
    );
    expect(events).toHaveLength(0);
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Quiet round");
  });
});
