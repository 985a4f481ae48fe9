import { describe, expect, it } from "vitest";
import { parseEventInput, type EventFormValues } from "./event-input.ts";

const valid: EventFormValues = {
  kind: "event",
  title: "Reading for pleasure in school libraries",
  description: "A *practical* evening.",
  onlineUrl: "",
  venue: "Central Library",
  city: "Manchester",
  country: "gb",
  timeZone: "Europe/London",
  startsAtLocal: "2027-10-20T18:00",
  durationMinutes: "90",
  capacity: "30",
  repeat: "weekly",
  occurrences: "3",
  courseWeeks: "",
  unitTitles: [],
  topics: ["school-libraries"],
  language: "en",
};

function errorsOf(values: Partial<EventFormValues>) {
  const parsed = parseEventInput({ ...valid, ...values });
  if (parsed.ok) throw new Error("expected errors");
  return parsed.fieldErrors;
}

describe("an event as an organiser types it", () => {
  it("is read on the wall clock of its zone, at a place, with its places and repeats", () => {
    const parsed = parseEventInput(valid);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
    expect(parsed.value).toMatchObject({
      startsAt: new Date("2027-10-20T17:00:00Z"),
      country: "GB",
      online: false,
      capacity: 30,
      repeat: "weekly",
      occurrences: 3,
      courseWeeks: null,
    });
  });

  it("needs a link or a place, and a place needs its city and country", () => {
    expect(errorsOf({ venue: "", city: "", country: "" })).toEqual({
      onlineUrl: { key: "events:errors.where" },
    });
    expect(errorsOf({ city: "", country: "" })).toMatchObject({
      city: { key: "errors.required" },
      country: { key: "errors.required" },
    });
    expect(errorsOf({ onlineUrl: "http://example.org" })).toMatchObject({
      onlineUrl: { key: "events:errors.httpsUrl" },
    });
  });

  it("says what is wrong with each number, date and choice at once", () => {
    const errors = errorsOf({
      title: "",
      startsAtLocal: "2027-02-30T10:00",
      capacity: "0",
      occurrences: "53",
      timeZone: "Mars/Olympus",
      topics: ["not-a-topic"],
    });
    expect(Object.keys(errors).sort()).toEqual([
      "capacity",
      "occurrences",
      "startsAtLocal",
      "timeZone",
      "title",
      "topics",
    ]);
    expect(errors.occurrences).toEqual({
      key: "events:errors.occurrencesRange",
      values: { min: 1, max: 52 },
    });
  });

  it("reads a course as weeks with one titled unit each, not repeating", () => {
    const course = parseEventInput({
      ...valid,
      kind: "course",
      onlineUrl: "https://learn.example.org/small-library",
      venue: "",
      city: "",
      country: "",
      durationMinutes: "",
      courseWeeks: "4",
      unitTitles: ["Space", "Stock", "Budget", "Friends", "ignored"],
    });
    if (!course.ok) throw new Error(JSON.stringify(course.fieldErrors));
    expect(course.value).toMatchObject({
      courseWeeks: 4,
      unitTitles: ["Space", "Stock", "Budget", "Friends"],
      repeat: "none",
      occurrences: 1,
      durationMinutes: 4 * 7 * 24 * 60,
      online: true,
    });
    expect(errorsOf({ kind: "course", courseWeeks: "2", unitTitles: ["Space", " "] })).toEqual({
      "unitTitles.1": { key: "errors.required" },
    });
  });
});
