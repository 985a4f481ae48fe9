import { describe, expect, it } from "vitest";
import {
  isSilentFor,
  silenceActions,
  silentDays,
  silentSinceAtLatest,
  type SilenceFacts,
} from "./silence.ts";

const start = new Date("2027-03-01T09:00:00Z");
const at = (days: number, ms = 0) => new Date(start.getTime() + days * 86_400_000 + ms);
const rules = { nudgeAfterDays: 14, followUpAfterDays: 28 };
const quiet: SilenceFacts = {
  roundStartsAt: start,
  partnershipCreatedAt: at(-10),
  lastContactAt: null,
  nudgedAt: null,
  hasOpenFollowUp: false,
  lastFollowUpClosedAt: null,
};

describe("silenceActions", () => {
  it("nudges on day N exactly, not a moment before", () => {
    expect(silenceActions(quiet, rules, at(14, -1))).toEqual({ nudge: false, followUp: false });
    expect(silenceActions(quiet, rules, at(14))).toEqual({ nudge: true, followUp: false });
  });

  it("nudges once only", () => {
    expect(silenceActions({ ...quiet, nudgedAt: at(14) }, rules, at(20)).nudge).toBe(false);
  });

  it("lists the pair for follow-up on day M, unless one is open already", () => {
    const nudged = { ...quiet, nudgedAt: at(14) };
    expect(silenceActions(nudged, rules, at(28, -1)).followUp).toBe(false);
    expect(silenceActions(nudged, rules, at(28)).followUp).toBe(true);
    expect(silenceActions({ ...nudged, hasOpenFollowUp: true }, rules, at(40)).followUp).toBe(
      false,
    );
  });

  it("counts from the last contact: a meeting or an 'in touch' answer restarts the silence", () => {
    const met = { ...quiet, lastContactAt: at(10) };
    expect(silentDays(met, at(20))).toBe(10);
    expect(silenceActions(met, rules, at(23)).nudge).toBe(false);
    expect(silenceActions(met, rules, at(24)).nudge).toBe(true);
  });

  it("counts a re-matched pair from when it was made, and a closed follow-up from its closing", () => {
    expect(silentDays({ ...quiet, partnershipCreatedAt: at(30) }, at(35))).toBe(5);
    const closed = { ...quiet, nudgedAt: at(14), lastFollowUpClosedAt: at(30) };
    expect(silenceActions(closed, rules, at(57)).followUp).toBe(false);
    expect(silenceActions(closed, rules, at(58)).followUp).toBe(true);
  });

  it("does nothing before the round starts, and a rule of 0 days is off", () => {
    expect(silenceActions(quiet, rules, at(-1))).toEqual({ nudge: false, followUp: false });
    expect(silenceActions(quiet, { nudgeAfterDays: 0, followUpAfterDays: 0 }, at(90))).toEqual({
      nudge: false,
      followUp: false,
    });
  });
});

describe("isSilentFor: the dashboard's silent pairs are the ones the job nudges", () => {
  const now = at(60);
  const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);

  it("is a pair with no meeting held and no 'in touch' in the last N days", () => {
    expect(isSilentFor(quiet, 14, now)).toBe(true);
    expect(isSilentFor({ ...quiet, lastContactAt: daysAgo(15) }, 14, now)).toBe(true);
    expect(isSilentFor({ ...quiet, lastContactAt: daysAgo(14) }, 14, now)).toBe(true);
    expect(isSilentFor({ ...quiet, lastContactAt: daysAgo(13.9) }, 14, now)).toBe(false);
    expect(isSilentFor({ ...quiet, lastContactAt: daysAgo(3) }, 14, now)).toBe(false);
  });

  it("gives a new round, or a pair made by a re-match, N days before calling it silent", () => {
    expect(isSilentFor({ ...quiet, roundStartsAt: daysAgo(10) }, 14, now)).toBe(false);
    expect(isSilentFor({ ...quiet, partnershipCreatedAt: daysAgo(5) }, 14, now)).toBe(false);
    expect(isSilentFor({ ...quiet, roundStartsAt: daysAgo(10) }, 7, now)).toBe(true);
  });

  it("counts from a follow-up the facilitator resolved (where the dashboard once differed)", () => {
    // No contact for 60 days, but the facilitator resolved its follow-up 5 days ago: the job
    // neither nudges nor lists it again before N days from then, and the dashboard no longer
    // calls it silent (its own rule ignored the follow-up and counted it).
    const resolved = { ...quiet, lastFollowUpClosedAt: daysAgo(5) };
    expect(isSilentFor(resolved, 14, now)).toBe(false);
    expect(silenceActions(resolved, rules, now)).toEqual({ nudge: false, followUp: false });
    expect(isSilentFor(resolved, 14, at(60 - 5 + 14))).toBe(true);
    expect(silenceActions(resolved, rules, at(60 - 5 + 14)).nudge).toBe(true);
  });

  it("agrees with silentSinceAtLatest, the instant a query compares silentSince with", () => {
    expect(silentSinceAtLatest(now, 14)).toEqual(daysAgo(14));
    expect(silentSinceAtLatest(now, 0)).toBeNull();
    expect(isSilentFor(quiet, 0, now)).toBe(false);
  });
});
