import { describe, expect, it } from "vitest";
import { parseSessionInput, type SessionFormValues } from "./session-input.ts";

const valid: SessionFormValues = {
  title: "Advocacy in hard times",
  description: "Bring one story from your library.",
  startsAtLocal: "2027-03-10T18:30",
  timeZone: "Europe/Madrid",
  durationMinutes: "60",
  onlineUrl: "https://meet.example.org/advocacy",
  place: "",
};

function errorsOf(values: Partial<SessionFormValues>) {
  const parsed = parseSessionInput({ ...valid, ...values });
  if (parsed.ok) throw new Error("expected errors");
  return parsed.fieldErrors;
}

describe("the time a facilitator types", () => {
  it("is read on the wall clock of the chosen zone and stored as an instant", () => {
    const parsed = parseSessionInput(valid);
    expect(parsed).toMatchObject({ ok: true });
    if (!parsed.ok) return;
    // Madrid is UTC+1 in March before the change.
    expect(parsed.value.startsAt.toISOString()).toBe("2027-03-10T17:30:00.000Z");
    const summer = parseSessionInput({ ...valid, startsAtLocal: "2027-07-10T18:30" });
    expect(summer.ok && summer.value.startsAt.toISOString()).toBe("2027-07-10T16:30:00.000Z");
  });

  it("moves a time that does not exist (the spring-forward gap) forward by the gap", () => {
    // 2027-03-28: clocks in Madrid jump from 02:00 to 03:00; 02:30 never happens.
    const gap = parseSessionInput({ ...valid, startsAtLocal: "2027-03-28T02:30" });
    expect(gap.ok && gap.value.startsAt.toISOString()).toBe("2027-03-28T01:30:00.000Z");
    // New York, 2027-03-14 02:15 → 03:15 EDT.
    const newYork = parseSessionInput({
      ...valid,
      timeZone: "America/New_York",
      startsAtLocal: "2027-03-14T02:15",
    });
    expect(newYork.ok && newYork.value.startsAt.toISOString()).toBe("2027-03-14T07:15:00.000Z");
  });

  it("takes the first of a time that happens twice (autumn)", () => {
    // 2027-10-31: Madrid goes from 03:00 CEST back to 02:00 CET; 02:30 CEST comes first.
    const twice = parseSessionInput({ ...valid, startsAtLocal: "2027-10-31T02:30" });
    expect(twice.ok && twice.value.startsAt.toISOString()).toBe("2027-10-31T00:30:00.000Z");
  });

  it("crosses the date line: 09:00 in Auckland is the previous day in UTC", () => {
    const auckland = parseSessionInput({
      ...valid,
      timeZone: "Pacific/Auckland",
      startsAtLocal: "2027-06-01T09:00",
    });
    expect(auckland.ok && auckland.value.startsAt.toISOString()).toBe("2027-05-31T21:00:00.000Z");
  });

  it("refuses an empty, malformed or impossible date, and an unknown zone", () => {
    expect(errorsOf({ startsAtLocal: "" })).toEqual({
      startsAtLocal: { key: "errors.invalidDate" },
    });
    expect(errorsOf({ startsAtLocal: "10/03/2027 18:30" }).startsAtLocal).toBeDefined();
    expect(errorsOf({ startsAtLocal: "2027-02-30T10:00" }).startsAtLocal).toBeDefined();
    expect(errorsOf({ startsAtLocal: "2027-03-10T24:00" }).startsAtLocal).toBeDefined();
    const zone = errorsOf({ timeZone: "Mars/Olympus_Mons" });
    expect(zone.timeZone).toEqual({ key: "errors.timeZone" });
    expect(zone.startsAtLocal).toEqual({ key: "errors.invalidDate" });
  });
});

describe("the other fields", () => {
  it("trims and keeps a valid session", () => {
    const parsed = parseSessionInput({ ...valid, title: "  Kick-off  ", place: "  Room 2 " });
    expect(parsed).toMatchObject({
      ok: true,
      value: { title: "Kick-off", place: "Room 2", durationMinutes: 60 },
    });
  });

  it("requires a title of at most 120 characters", () => {
    expect(errorsOf({ title: "   " }).title).toEqual({ key: "errors.required" });
    expect(errorsOf({ title: "x".repeat(121) }).title).toEqual({
      key: "errors.tooLong",
      values: { max: 120 },
    });
    expect(parseSessionInput({ ...valid, title: "x".repeat(120) }).ok).toBe(true);
  });

  it("takes 15 to 480 minutes", () => {
    expect(errorsOf({ durationMinutes: "14" }).durationMinutes).toEqual({
      key: "sessions:errors.durationRange",
      values: { min: 15, max: 480 },
    });
    expect(errorsOf({ durationMinutes: "481" }).durationMinutes?.key).toBe(
      "sessions:errors.durationRange",
    );
    expect(errorsOf({ durationMinutes: "" }).durationMinutes?.key).toBe("errors.invalidNumber");
    expect(errorsOf({ durationMinutes: "1.5" }).durationMinutes?.key).toBe("errors.invalidNumber");
    expect(errorsOf({ durationMinutes: "-30" }).durationMinutes?.key).toBe("errors.invalidNumber");
    expect(parseSessionInput({ ...valid, durationMinutes: "15" }).ok).toBe(true);
    expect(parseSessionInput({ ...valid, durationMinutes: "480" }).ok).toBe(true);
  });

  it("takes only https links", () => {
    for (const link of [
      "http://meet.example.org/x",
      "javascript:alert(1)",
      "meet.example.org",
      "https://",
      "ftp://example.org",
    ]) {
      expect(errorsOf({ onlineUrl: link }).onlineUrl, link).toEqual({
        key: "sessions:errors.httpsUrl",
      });
    }
    const parsed = parseSessionInput({ ...valid, onlineUrl: " https://Meet.Example.org/a b " });
    expect(parsed.ok && parsed.value.onlineUrl).toBe("https://meet.example.org/a%20b");
  });

  it("needs an online link or a place (or both)", () => {
    expect(errorsOf({ onlineUrl: "", place: "  " })).toEqual({
      onlineUrl: { key: "sessions:errors.where" },
    });
    expect(parseSessionInput({ ...valid, onlineUrl: "", place: "Main library" }).ok).toBe(true);
    expect(parseSessionInput({ ...valid, place: "Main library" }).ok).toBe(true);
  });

  it("reports every problem at once", () => {
    const errors = errorsOf({
      title: "",
      startsAtLocal: "",
      durationMinutes: "5",
      onlineUrl: "",
      place: "",
      description: "d".repeat(5001),
    });
    expect(Object.keys(errors).sort()).toEqual([
      "description",
      "durationMinutes",
      "onlineUrl",
      "startsAtLocal",
      "title",
    ]);
  });
});
