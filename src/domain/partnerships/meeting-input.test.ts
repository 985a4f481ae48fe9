import { describe, expect, it } from "vitest";
import { meetingStatus, readMeetingForm, type MeetingForm } from "./meeting-input.ts";

const now = new Date("2027-03-20T12:00:00Z");
const context = { timeZone: "Europe/Madrid", now, earliest: new Date("2027-02-01T00:00:00Z") };
const form = (overrides: Partial<MeetingForm> = {}): MeetingForm => ({
  startsAt: "2027-03-23T18:00",
  durationMinutes: "60",
  place: "online",
  format: "one_to_one",
  sharedNote: "  Talked about makerspaces.  ",
  privateNote: "",
  ...overrides,
});

describe("readMeetingForm", () => {
  it("reads the time on the writer's wall clock and trims the notes", () => {
    expect(readMeetingForm(form(), context)).toEqual({
      ok: true,
      value: {
        // Madrid is UTC+1 until 28 March 2027.
        startsAt: new Date("2027-03-23T17:00:00Z"),
        durationMinutes: 60,
        place: "online",
        format: "one_to_one",
        sharedNote: "Talked about makerspaces.",
        privateNote: "",
      },
    });
  });

  it("follows each zone's own daylight-saving dates", () => {
    const at = (startsAt: string, timeZone: string) => {
      const read = readMeetingForm(form({ startsAt }), { ...context, timeZone });
      return read.ok ? read.value.startsAt.toISOString() : read.fieldErrors;
    };
    // The same 18:00 a week apart, across Madrid's change on 28 March.
    expect(at("2027-03-23T18:00", "Europe/Madrid")).toBe("2027-03-23T17:00:00.000Z");
    expect(at("2027-03-30T18:00", "Europe/Madrid")).toBe("2027-03-30T16:00:00.000Z");
    // New York changed on 14 March already; São Paulo has no daylight saving time.
    expect(at("2027-03-23T18:00", "America/New_York")).toBe("2027-03-23T22:00:00.000Z");
    expect(at("2027-03-23T18:00", "America/Sao_Paulo")).toBe("2027-03-23T21:00:00.000Z");
    // 02:30 does not exist in Madrid on 28 March: moved forward by the gap.
    expect(at("2027-03-28T02:30", "Europe/Madrid")).toBe("2027-03-28T01:30:00.000Z");
    // Kathmandu is UTC+5:45.
    expect(at("2027-03-23T18:00", "Asia/Kathmandu")).toBe("2027-03-23T12:15:00.000Z");
  });

  it("keeps the duration between 5 and 600 whole minutes", () => {
    const durationError = (durationMinutes: string) => {
      const read = readMeetingForm(form({ durationMinutes }), context);
      return read.ok ? null : read.fieldErrors.durationMinutes?.key;
    };
    expect(durationError("5")).toBeNull();
    expect(durationError("600")).toBeNull();
    expect(durationError(" 45 ")).toBeNull();
    expect(durationError("4")).toBe("partnerships:meetingForm.errors.durationRange");
    expect(durationError("601")).toBe("partnerships:meetingForm.errors.durationRange");
    for (const bad of ["", "1.5", "-10", "abc", "1e2", "99999"])
      expect(durationError(bad)).toBe("errors.invalidNumber");
  });

  it("reports every problem beside its field", () => {
    const read = readMeetingForm(
      {
        startsAt: "2027-02-30T10:00",
        durationMinutes: "",
        place: "Online",
        format: "triad",
        sharedNote: "a".repeat(4001),
        privateNote: "b".repeat(4001),
      },
      context,
    );
    expect(read).toEqual({
      ok: false,
      fieldErrors: {
        startsAt: { key: "errors.invalidDate" },
        durationMinutes: { key: "errors.invalidNumber" },
        place: { key: "errors.invalidChoice" },
        format: { key: "errors.invalidChoice" },
        sharedNote: { key: "errors.tooLong", values: { max: 4000 } },
        privateNote: { key: "errors.tooLong", values: { max: 4000 } },
      },
    });
  });

  it("refuses a time long before the partnership began or more than a year ahead", () => {
    const startsAtError = (startsAt: string) => {
      const read = readMeetingForm(form({ startsAt }), context);
      return read.ok ? null : read.fieldErrors.startsAt?.key;
    };
    expect(startsAtError("2027-01-15T10:00")).toBe(
      "partnerships:meetingForm.errors.beforePartnership",
    );
    // The evening before the partnership's first day is still allowed (a day's grace).
    expect(startsAtError("2027-01-31T20:00")).toBeNull();
    expect(startsAtError("2028-03-20T10:00")).toBeNull();
    expect(startsAtError("2028-04-20T10:00")).toBe("partnerships:meetingForm.errors.tooFarAhead");
    expect(startsAtError("")).toBe("errors.invalidDate");
    expect(startsAtError("tomorrow")).toBe("errors.invalidDate");
  });
});

describe("meetingStatus", () => {
  it("is planned while the start is to come, held once it has passed", () => {
    expect(meetingStatus(new Date("2027-03-20T12:00:01Z"), now)).toBe("planned");
    expect(meetingStatus(now, now)).toBe("held");
    expect(meetingStatus(new Date("2027-03-01T12:00:00Z"), now)).toBe("held");
  });
});
