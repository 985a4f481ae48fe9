import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportRound, RoundsFacts } from "./report-facts.ts";
import { publicRoundSummary, type PublicRoundSummary } from "./public-summary.ts";
import { isSmallCount, listableParts, publicShare, type PublicCount } from "./small-counts.ts";

const ROUND: ReportRound = {
  id: "r1",
  programmeId: "p1",
  name: "Round",
  slug: "round",
  mode: "peer",
  status: "finished",
  applicationsOpenAt: new Date("2027-01-01T00:00:00Z"),
  applicationsCloseAt: new Date("2027-02-01T00:00:00Z"),
  startsAt: new Date("2027-03-01T00:00:00Z"),
  endsAt: new Date("2027-07-01T00:00:00Z"),
  nudgeAfterDays: 14,
  followUpAfterDays: 28,
  checkInEveryDays: 14,
};

const COUNTRIES = ["FI", "KE", "BR", "JP", "IN", "CA", "MX", "GH", "ES", "FR", "NZ", "IS"];
/** Small numbers most of the time: the cases that matter are around 5. */
const count = fc.oneof(fc.integer({ min: 0, max: 9 }), fc.integer({ min: 0, max: 400 }));

const facts: fc.Arbitrary<RoundsFacts> = fc
  .record({
    participants: fc.uniqueArray(fc.tuple(fc.constantFrom(...COUNTRIES), count), {
      selector: ([c]) => c,
      maxLength: COUNTRIES.length,
    }),
    links: fc.array(
      fc.tuple(fc.constantFrom(...COUNTRIES), fc.constantFrom(...COUNTRIES), count, count),
      { maxLength: 20 },
    ),
    statuses: fc.tuple(count, count, count),
    held: count,
    survey: fc.option(fc.tuple(count, count, count), { nil: undefined }),
  })
  .map(({ participants, links, statuses: [active, ended, dissolved], held, survey }) => ({
    applications: [],
    participants: participants.map(([country, n]) => ({
      roundId: "r1",
      country,
      participants: n,
    })),
    links: links.map(([a, b, n, crossSector]) => ({
      roundId: "r1",
      countryA: a < b ? a : b,
      countryB: a < b ? b : a,
      links: n,
      scoreSum: 60 * n,
      lowestScore: 40,
      crossSector: Math.min(n, crossSector),
    })),
    partnerships: [
      { roundId: "r1", kind: "pair", status: "active", rematched: false, count: active, nudged: 0 },
      { roundId: "r1", kind: "pair", status: "ended", rematched: false, count: ended, nudged: 0 },
      {
        roundId: "r1",
        kind: "pair",
        status: "dissolved",
        rematched: false,
        count: dissolved,
        nudged: 0,
      },
    ],
    followUps: [],
    meetings: [{ roundId: "r1", held }],
    surveys: survey
      ? [
          {
            roundId: "r1",
            invited: survey[0] + survey[1],
            responded: survey[0],
            satisfactionAnswers: survey[2],
            satisfactionMean: survey[2] > 0 ? 3.7 : null,
          },
        ]
      : [],
  }));

/** Every count of people, partnerships or meetings the summary publishes. */
function publishedCounts(s: PublicRoundSummary): number[] {
  const shown = (c: PublicCount) => ("count" in c ? [c.count] : []);
  return [
    ...shown(s.participants),
    ...shown(s.partnerships),
    ...shown(s.meetingsHeld),
    ...s.byCountry.map((c) => c.participants),
    s.otherParticipants,
  ];
}

describe("the public summary hides small counts", () => {
  it("publishes no count of 1–4, and none can be had by subtracting listed parts from a total", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const summary = publicRoundSummary(ROUND, { name: "P" }, f);
        for (const n of publishedCounts(summary)) expect(isSmallCount(n)).toBe(false);
        const total = f.participants.reduce((n, p) => n + p.participants, 0);
        const listed = summary.byCountry.reduce((n, c) => n + c.participants, 0);
        if ("count" in summary.participants) {
          // What the reader can subtract is exactly the "other countries" figure, 0 or ≥ 5.
          expect(summary.participants.count - listed).toBe(summary.otherParticipants);
          expect(isSmallCount(summary.participants.count - listed)).toBe(false);
        } else {
          expect(total).toBeLessThan(5);
          expect(summary.byCountry).toEqual([]);
        }
        // Each listed country is its true count, and has at least 5.
        for (const c of summary.byCountry) {
          expect(c.participants).toBeGreaterThanOrEqual(5);
          expect(c.participants).toBe(
            f.participants.find((p) => p.country === c.country)!.participants,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("publishes a share only when neither what it counts nor what it leaves out is 1–4", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const summary = publicRoundSummary(ROUND, { name: "P" }, f);
        const scored = f.links.reduce((n, l) => n + l.links, 0);
        const cross = f.links
          .filter((l) => l.countryA !== l.countryB)
          .reduce((n, l) => n + l.links, 0);
        if (summary.crossCountryPercent !== null) {
          expect(isSmallCount(cross) || isSmallCount(scored - cross)).toBe(false);
          expect(scored).toBeGreaterThanOrEqual(5);
        }
        const [active, ended, dissolved] = f.partnerships.map((p) => p.count) as [
          number,
          number,
          number,
        ];
        if (summary.completionPercent !== null)
          expect(isSmallCount(dissolved) || isSmallCount(active + ended)).toBe(false);
        const survey = f.surveys[0];
        if (summary.responseRatePercent !== null)
          expect(
            isSmallCount(survey!.responded) || isSmallCount(survey!.invited - survey!.responded),
          ).toBe(false);
        if (summary.satisfactionMean !== null)
          expect(survey!.satisfactionAnswers).toBeGreaterThanOrEqual(5);
      }),
      { numRuns: 2000 },
    );
  });

  it("draws a line only between listed countries where at least 5 pairs met", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const summary = publicRoundSummary(ROUND, { name: "P" }, f);
        const listed = new Set(summary.byCountry.map((c) => c.country));
        for (const line of summary.links) {
          expect(listed.has(line.countryA) && listed.has(line.countryB)).toBe(true);
          const pairs = f.links
            .filter((l) => l.countryA === line.countryA && l.countryB === line.countryB)
            .reduce((n, l) => n + l.links, 0);
          expect(pairs).toBeGreaterThanOrEqual(5);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("carries no names, addresses or ids of people", () => {
    const summary = publicRoundSummary(
      ROUND,
      { name: "P" },
      fc.sample(facts, { numRuns: 1, seed: 7 })[0]!,
    );
    expect(JSON.stringify(summary)).not.toMatch(/@|r1|applicationId|email/);
  });
});

describe("small counts, one by one", () => {
  it("hides the smallest listed parts with the hidden ones until what is left is not 1–4", () => {
    // 7 + 6 + 3: the 3 alone would be had by subtraction, so the 6 goes with it (9).
    expect(listableParts([7, 6, 3], (n) => n)).toEqual({ listed: [7], unlisted: 9 });
    // 7 + 3 + 2 + 1: the small ones add up to 6 already.
    expect(listableParts([7, 3, 2, 1], (n) => n)).toEqual({ listed: [7], unlisted: 6 });
    expect(listableParts([5, 5, 0], (n) => n)).toEqual({ listed: [5, 5], unlisted: 0 });
    expect(listableParts([6, 2], (n) => n)).toEqual({ listed: [], unlisted: 8 });
  });

  it("publishes 97% of 100 nowhere, since it gives back 3", () => {
    expect(publicShare(97, 100)).toBeNull();
    expect(publicShare(95, 100)).toBe(95);
    expect(publicShare(100, 100)).toBe(100);
    expect(publicShare(4, 4)).toBeNull();
  });
});
