import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ApplicationProfile } from "../application-profile.ts";
import { COUNTRY_CODES } from "../../vocabulary/countries.ts";
import {
  AVAILABILITY_BLOCKS,
  CAREER_STAGES,
  INTERESTS,
  LANGUAGE_LEVELS,
  MATCH_BY,
  MEETING_FORMATS,
  PARTICIPANT_ROLES,
  PARTNER_SECTOR,
  SECTORS,
} from "../../vocabulary/vocabulary.ts";
import { parseApplicationsCsv, writeApplicationsCsv } from "./index.ts";

/** Text a person might type: any script, commas, quotes, line breaks; trimmed like the parser. */
const text = (maxLength: number) =>
  fc
    .string({ unit: "grapheme", maxLength })
    .map((s) => s.replace(/\u0000/g, "").trim())
    .filter((s) => s.length <= maxLength);
const nonEmptyText = (maxLength: number) => text(maxLength).filter((s) => s !== "");

const profile: fc.Arbitrary<ApplicationProfile> = fc
  .record({
    name: nonEmptyText(200),
    local: fc.stringMatching(/^[a-z0-9._-]{1,20}$/),
    country: fc.constantFrom(...COUNTRY_CODES),
    city: text(100),
    languages: fc.uniqueArray(
      fc.record({
        code: fc.constantFrom("en", "el", "fi", "ar", "zh", "es", "hi", "sv"),
        level: fc.constantFrom(...LANGUAGE_LEVELS),
      }),
      { minLength: 1, maxLength: 4, selector: (l) => l.code },
    ),
    timeZone: fc.constantFrom(
      "UTC",
      "Europe/Athens",
      "Asia/Kolkata",
      "America/Argentina/Cordoba",
      "Pacific/Chatham",
    ),
    library: text(200),
    sector: fc.constantFrom(...SECTORS),
    solo: fc.boolean(),
    jobTitle: text(200),
    careerStage: fc.constantFrom(...CAREER_STAGES),
    experienceYears: fc.integer({ min: 0, max: 70 }),
    interests: fc.uniqueArray(fc.constantFrom(...INTERESTS), { maxLength: 8 }),
    otherInterests: text(300).map((s) => s.replace(/;/g, ",")),
    goals: text(500),
    matchBy: fc.constantFrom(...MATCH_BY),
    partnerSector: fc.constantFrom(...PARTNER_SECTOR),
    meetingFormats: fc.uniqueArray(fc.constantFrom(...MEETING_FORMATS), { minLength: 1 }),
    availability: fc.uniqueArray(fc.constantFrom(...AVAILABILITY_BLOCKS), { maxLength: 6 }),
    role: fc.constantFrom(...PARTICIPANT_ROLES),
    capacity: fc.integer({ min: 1, max: 20 }),
  })
  .map(({ local, capacity, ...p }) => ({
    ...p,
    email: `${local}@example.org`,
    mentorCapacity: p.role === "mentor" ? capacity : null,
  }));

describe("parseApplicationsCsv properties", () => {
  it("reads back every valid profile it wrote", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(profile, { minLength: 1, maxLength: 5, selector: (p) => p.email }),
        fc.dictionary(fc.constantFrom("Question 1", "Dietary needs", "Ερώτηση"), text(50), {
          maxKeys: 2,
        }),
        (profiles, answers) => {
          const written = writeApplicationsCsv(
            profiles.map((p) => ({ profile: p, customAnswers: answers })),
          );
          const result = parseApplicationsCsv(new TextEncoder().encode(written));
          if (!result.ok) throw new Error(result.errors.map((e) => e.message).join("\n"));
          expect(result.applications.map((a) => a.profile)).toEqual(profiles);
          for (const a of result.applications) expect(a.customAnswers).toEqual(answers);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never throws on garbage: it returns applications or errors with a message", () => {
    const pieces = fc.constantFrom(
      ",",
      ";",
      '"',
      "\n",
      "\r\n",
      "name",
      "email",
      "country",
      "languages",
      "a@b.co",
      "FI",
      "en",
      "ÿ",
      "\t",
    );
    const garbage = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(fc.oneof(pieces, fc.string()), { maxLength: 40 })
        .map((parts) => new TextEncoder().encode(parts.join(""))),
    );
    fc.assert(
      fc.property(garbage, (bytes) => {
        const result = parseApplicationsCsv(bytes);
        if (!result.ok) {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(e.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });
});
