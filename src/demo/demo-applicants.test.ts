import { describe, expect, it } from "vitest";
import { applicationProfileSchema } from "../domain/applications/application-input.ts";
import type { ApplicationProfile } from "../domain/applications/application-profile.ts";
import { isTimeZone } from "../domain/vocabulary/time-zones.ts";
import { EXPERIENCE_YEARS } from "./demo-phrases.ts";
import { isUsableLevel } from "../domain/vocabulary/vocabulary.ts";
import { generateDemoApplicants } from "./demo-applicants.ts";

// The seeds load-demo.ts uses for Round 1 and the mentor round.
const DEMO_SEED = 20_261_122;
const round1 = generateDemoApplicants({ seed: DEMO_SEED, count: 392, mode: "peer" });
const mentorRound = generateDemoApplicants({ seed: DEMO_SEED + 1, count: 120, mode: "mentor" });

function countBy<T>(items: readonly T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

/** People who share no B1+ language with anyone from another country. */
function withoutSharedLanguage(profiles: readonly ApplicationProfile[]): ApplicationProfile[] {
  return profiles.filter((person) =>
    person.languages
      .filter((l) => isUsableLevel(l.level))
      .every(
        (mine) =>
          !profiles.some(
            (other) =>
              other.country !== person.country &&
              other.languages.some((l) => l.code === mine.code && isUsableLevel(l.level)),
          ),
      ),
  );
}

describe("generateDemoApplicants", () => {
  it.each([
    ["peer", round1],
    ["mentor", mentorRound],
  ] as const)(
    "every %s applicant passes the application form's validation unchanged",
    (mode, profiles) => {
      const schema = applicationProfileSchema(mode);
      for (const profile of profiles) {
        const parsed = schema.safeParse(profile);
        expect(parsed.success ? [] : parsed.error.issues, profile.name).toEqual([]);
        expect(parsed.data).toEqual(profile);
        expect(isTimeZone(profile.timeZone)).toBe(true);
      }
    },
  );

  it("is deterministic: the same seed gives the same people, another seed other people", () => {
    expect(generateDemoApplicants({ seed: DEMO_SEED, count: 392, mode: "peer" })).toEqual(round1);
    const other = generateDemoApplicants({ seed: DEMO_SEED + 7, count: 392, mode: "peer" });
    expect(other).not.toEqual(round1);
    expect(other.map((p) => p.name)).not.toEqual(round1.map((p) => p.name));
  });

  it("fills Round 1 with 392 people from exactly 40 countries, none near the 20 % cap", () => {
    expect(round1).toHaveLength(392);
    const byCountry = countBy(round1, (p) => p.country);
    expect(byCountry.size).toBe(40);
    const largest = Math.max(...byCountry.values());
    expect(largest / round1.length).toBeLessThan(0.2);
    expect(Math.min(...byCountry.values())).toBeGreaterThanOrEqual(2);
    // Skewed, as real rounds are: the largest country is several times the smallest.
    expect(largest).toBeGreaterThanOrEqual(4 * Math.min(...byCountry.values()));
  });

  it("gives every applicant of a round a different ASCII email at a reserved example domain", () => {
    for (const profiles of [round1, mentorRound]) {
      const emails = profiles.map((p) => p.email);
      expect(new Set(emails).size).toBe(emails.length);
      for (const email of emails) expect(email).toMatch(/^[a-z0-9.-]+@example\.(com|org|net)$/);
    }
  });

  it("writes names in their own scripts", () => {
    const names = round1.map((p) => p.name).join(" ");
    for (const script of ["Greek", "Arabic", "Han", "Devanagari", "Cyrillic", "Latin"]) {
      expect(names, script).toMatch(new RegExp(`\\p{Script=${script}}`, "u"));
    }
    const scripts = [
      "Greek",
      "Arabic",
      "Han",
      "Devanagari",
      "Cyrillic",
      "Hebrew",
      "Thai",
      "Hangul",
      "Bengali",
    ];
    const other = generateDemoApplicants({ seed: 1, count: 392, mode: "peer" })
      .map((p) => p.name)
      .join(" ");
    expect(
      scripts.filter((s) => new RegExp(`\\p{Script=${s}}`, "u").test(other)).length,
    ).toBeGreaterThanOrEqual(6);
  });

  it("mixes sectors realistically: public, academic and school most common, solo librarians in special libraries", () => {
    const bySector = countBy(round1, (p) => p.sector);
    const top3 = [...bySector.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([s]) => s);
    expect(top3.sort()).toEqual(["academic", "public", "school"]);
    const special = round1.filter((p) => p.sector.startsWith("special-"));
    const academic = round1.filter((p) => p.sector === "academic");
    const soloShare = (ps: ApplicationProfile[]) => ps.filter((p) => p.solo).length / ps.length;
    expect(soloShare(special)).toBeGreaterThan(soloShare(academic) + 0.2);
  });

  it("keeps career stage and years of experience consistent, with 3–8 interests each", () => {
    for (const p of [...round1, ...mentorRound]) {
      const [min, max] = EXPERIENCE_YEARS[p.careerStage];
      expect(p.experienceYears).toBeGreaterThanOrEqual(min);
      expect(p.experienceYears).toBeLessThanOrEqual(max);
      expect(p.interests.length).toBeGreaterThanOrEqual(3);
      expect(p.interests.length).toBeLessThanOrEqual(8);
      expect(new Set(p.interests).size).toBe(p.interests.length);
      expect(p.languages[0]?.level).toBe("native");
    }
  });

  it("lets most people share English, and leaves a few with no working language in common", () => {
    const usableEnglish = round1.filter((p) =>
      p.languages.some((l) => l.code === "en" && isUsableLevel(l.level)),
    );
    expect(usableEnglish.length / round1.length).toBeGreaterThan(0.85);
    const isolated = withoutSharedLanguage(round1);
    expect(isolated.length).toBeGreaterThanOrEqual(3);
    expect(isolated.length).toBeLessThanOrEqual(12);
  });

  it("writes some goals in the applicant's own script", () => {
    const goals = round1.map((p) => p.goals).join(" ");
    for (const script of ["Greek", "Arabic", "Han"]) {
      expect(goals, script).toMatch(new RegExp(`\\p{Script=${script}}`, "u"));
    }
  });

  it("makes about 30 % of a mentor round experienced mentors taking 1–3 mentees", () => {
    const mentors = mentorRound.filter((p) => p.role === "mentor");
    expect(mentors.length).toBe(36);
    for (const m of mentors) {
      expect(["mid", "senior"]).toContain(m.careerStage);
      expect(m.mentorCapacity).toBeGreaterThanOrEqual(1);
      expect(m.mentorCapacity).toBeLessThanOrEqual(3);
    }
    const mentees = mentorRound.filter((p) => p.role === "mentee");
    expect(mentees.length).toBe(84);
    expect(mentees.every((p) => p.mentorCapacity === null)).toBe(true);
    expect(round1.every((p) => p.role === "peer" && p.mentorCapacity === null)).toBe(true);
  });

  it("handles small and empty rounds", () => {
    expect(generateDemoApplicants({ seed: 3, count: 0, mode: "peer" })).toEqual([]);
    const tiny = generateDemoApplicants({ seed: 3, count: 5, mode: "mentor" });
    expect(tiny).toHaveLength(5);
    expect(tiny.every((p) => applicationProfileSchema("mentor").safeParse(p).success)).toBe(true);
  });
});
