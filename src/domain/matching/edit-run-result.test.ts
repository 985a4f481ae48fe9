import { describe, expect, it } from "vitest";
import {
  buildGroup,
  exceedsMentorCapacity,
  pairPeople,
  setGroupLocked,
  swapOptions,
  swapPartners,
  unmatchGroup,
  type EditContext,
} from "./edit-run-result.ts";
import type { RunResult } from "./matching-run-types.ts";
import { summariseRun } from "./run-result.ts";

// Ids end in their country ("peer-a-fi") and start with their role; a link's score is
// fixed per pair below, 500 when not listed, and two people of one country break a rule.
const SCORES: Record<string, number> = {
  "peer-a-fi|peer-b-ke": 800,
  "peer-c-br|peer-d-jp": 600,
  "peer-a-fi|peer-d-jp": 710,
  "peer-b-ke|peer-c-br": 320,
  "peer-a-fi|peer-c-br": 900,
  "peer-b-ke|peer-d-jp": 100,
};
const countryOf = (id: string) => id.slice(-2).toUpperCase();
const roleOf = (id: string) => id.split("-")[0]!;

const context: EditContext = {
  explain: (a, b) => {
    const score = SCORES[[a, b].sort().join("|")] ?? 500;
    return {
      link: { ids: [a, b], score, explanation: { score, contributions: [] } },
      violation: countryOf(a) === countryOf(b) ? "same_country" : null,
    };
  },
  people: new Map(
    [
      "peer-a-fi",
      "peer-b-ke",
      "peer-c-br",
      "peer-d-jp",
      "peer-e-fi",
      "peer-f-gh",
      "peer-g-mx",
      "peer-h-in",
      "mentor-m-se",
      "mentee-x-ng",
      "mentee-y-cl",
      "mentee-z-tw",
    ].map((id) => [id, { country: countryOf(id), sector: "public" }]),
  ),
  roleOf,
};

/** A result built from member lists with the same context, as a run stores it. */
function resultOf(groups: string[][], unmatched: string[] = []): RunResult {
  const built = groups.map((members, i) =>
    buildGroup(`g${i + 1}`, members, context, { locked: false, manual: false }),
  );
  const left = unmatched.map((id) => ({ id, reason: "odd_one_out" as const }));
  return {
    mode: "peer",
    groups: built,
    unmatched: left,
    certified: true,
    summary: summariseRun(built, left, context.people),
    nextKey: built.length + 1,
  };
}

const flags = { locked: false, manual: false };

const membersOf = (result: RunResult) =>
  Object.fromEntries(result.groups.map((g) => [g.key, g.memberIds]));

describe("buildGroup", () => {
  it("scores a pair by its link and names the hard rule it breaks", () => {
    expect(buildGroup("g9", ["peer-a-fi", "peer-b-ke"], context, flags)).toMatchObject({
      key: "g9",
      kind: "pair",
      score: 800,
      hardRuleBreaks: [],
    });
    const sameCountry = buildGroup("g9", ["peer-a-fi", "peer-e-fi"], context, flags);
    expect(sameCountry.hardRuleBreaks).toEqual(["same_country"]);
  });

  it("links every two members of a triad and scores it by their rounded mean", () => {
    const triad = buildGroup("g1", ["peer-a-fi", "peer-b-ke", "peer-c-br"], context, flags);
    expect(triad.kind).toBe("triad");
    expect(triad.links.map((l) => l.ids)).toEqual([
      ["peer-a-fi", "peer-b-ke"],
      ["peer-a-fi", "peer-c-br"],
      ["peer-b-ke", "peer-c-br"],
    ]);
    expect(triad.score).toBe(Math.round((800 + 900 + 320) / 3));
  });

  it("puts the mentor first in a mentorship and links only mentor and mentee", () => {
    const group = buildGroup("g1", ["mentee-x-ng", "mentor-m-se", "mentee-y-cl"], context, flags);
    expect(group.kind).toBe("mentorship");
    expect(group.memberIds).toEqual(["mentor-m-se", "mentee-x-ng", "mentee-y-cl"]);
    expect(group.links.map((l) => l.ids)).toEqual([
      ["mentor-m-se", "mentee-x-ng"],
      ["mentor-m-se", "mentee-y-cl"],
    ]);
  });
});

describe("setGroupLocked", () => {
  it("locks and unlocks only the named group", () => {
    const result = resultOf([
      ["peer-a-fi", "peer-b-ke"],
      ["peer-c-br", "peer-d-jp"],
    ]);
    const locked = setGroupLocked(result, "g2", true);
    expect(locked.groups.map((g) => g.locked)).toEqual([false, true]);
    expect(setGroupLocked(locked, "g2", false).groups.map((g) => g.locked)).toEqual([false, false]);
    expect(result.groups.map((g) => g.locked)).toEqual([false, false]);
  });
});

describe("unmatchGroup", () => {
  it("moves every member of the group to the unmatched with the reason, and recounts", () => {
    const result = resultOf(
      [
        ["peer-a-fi", "peer-b-ke"],
        ["peer-c-br", "peer-d-jp"],
      ],
      ["peer-g-mx"],
    );
    const after = unmatchGroup(result, "g1", "unmatched_by_facilitator", context);
    expect(membersOf(after)).toEqual({ g2: ["peer-c-br", "peer-d-jp"] });
    expect(after.unmatched).toEqual([
      { id: "peer-g-mx", reason: "odd_one_out" },
      { id: "peer-a-fi", reason: "unmatched_by_facilitator" },
      { id: "peer-b-ke", reason: "unmatched_by_facilitator" },
    ]);
    expect(after.summary).toMatchObject({
      people: 5,
      matchedPeople: 2,
      groups: 1,
      unmatched: 3,
      totalScore: 600,
    });
  });

  it("changes nothing for a group key the result does not have", () => {
    const result = resultOf([["peer-a-fi", "peer-b-ke"]]);
    expect(unmatchGroup(result, "g7", "unmatched_by_facilitator", context)).toEqual(result);
  });
});

describe("swapOptions and swapPartners", () => {
  const result = resultOf([
    ["peer-a-fi", "peer-b-ke"],
    ["peer-c-br", "peer-d-jp"],
    ["peer-g-mx", "peer-h-in"],
  ]);
  const [first, second] = [result.groups[0]!, result.groups[1]!];

  it("offers both exchanges of partners between two pairs", () => {
    expect(swapOptions(first, second)).toEqual([
      [
        ["peer-a-fi", "peer-d-jp"],
        ["peer-c-br", "peer-b-ke"],
      ],
      [
        ["peer-a-fi", "peer-c-br"],
        ["peer-b-ke", "peer-d-jp"],
      ],
    ]);
  });

  it("replaces the two pairs by the new ones, re-scored, manual and locked, under new keys", () => {
    const lockedFirst = setGroupLocked(result, "g1", true);
    const option = swapOptions(first, second)[1]!;
    const after = swapPartners(lockedFirst, ["g1", "g2"], option, context);
    expect(membersOf(after)).toEqual({
      g3: ["peer-g-mx", "peer-h-in"],
      g4: ["peer-a-fi", "peer-c-br"],
      g5: ["peer-b-ke", "peer-d-jp"],
    });
    expect(after.groups.slice(1).map((g) => [g.score, g.manual, g.locked])).toEqual([
      [900, true, true],
      [100, true, true],
    ]);
    expect(after.nextKey).toBe(6);
    expect(after.summary).toMatchObject({
      groups: 3,
      totalScore: 500 + 900 + 100,
      lowestScore: 100,
    });
  });
});

describe("pairPeople", () => {
  it("pairs two people; a lone partner left behind is unmatched, a larger group stays together", () => {
    const result = resultOf(
      [
        ["peer-a-fi", "peer-b-ke"],
        ["peer-c-br", "peer-d-jp", "peer-g-mx"],
      ],
      ["peer-h-in"],
    );
    const after = pairPeople(result, "peer-a-fi", "peer-c-br", context);
    expect(membersOf(after)).toEqual({
      g3: ["peer-d-jp", "peer-g-mx"],
      g4: ["peer-a-fi", "peer-c-br"],
    });
    expect(after.unmatched).toEqual([
      { id: "peer-h-in", reason: "odd_one_out" },
      { id: "peer-b-ke", reason: "partner_moved" },
    ]);
    expect(after.groups.map((g) => [g.manual, g.locked])).toEqual([
      [true, false],
      [true, true],
    ]);
    expect(after.nextKey).toBe(5);
    expect(after.summary).toMatchObject({ people: 6, matchedPeople: 4, groups: 2, unmatched: 2 });
  });

  it("takes an unmatched person out of the unmatched and keeps the breaks they confirmed", () => {
    const result = resultOf([["peer-a-fi", "peer-b-ke"]], ["peer-e-fi"]);
    const after = pairPeople(result, "peer-e-fi", "peer-a-fi", context, ["over_capacity"]);
    expect(membersOf(after)).toEqual({ g2: ["peer-e-fi", "peer-a-fi"] });
    expect(after.groups[0]!.hardRuleBreaks).toEqual(["same_country", "over_capacity"]);
    expect(after.unmatched).toEqual([{ id: "peer-b-ke", reason: "partner_moved" }]);
  });

  it("adds a mentee to their new mentor's mentorship, which keeps its other mentees", () => {
    const result = resultOf([
      ["mentor-m-se", "mentee-x-ng"],
      ["peer-a-fi", "mentee-y-cl"],
    ]);
    const after = pairPeople(result, "mentee-y-cl", "mentor-m-se", context);
    expect(membersOf(after)).toEqual({ g3: ["mentor-m-se", "mentee-x-ng", "mentee-y-cl"] });
    expect(after.groups[0]!.kind).toBe("mentorship");
    expect(after.unmatched).toEqual([{ id: "peer-a-fi", reason: "partner_moved" }]);
  });
});

describe("exceedsMentorCapacity", () => {
  const result = resultOf([["mentor-m-se", "mentee-x-ng", "mentee-y-cl"]], ["mentee-z-tw"]);
  const capacityOf = (id: string) => (id === "mentor-m-se" ? 2 : null);

  it("is true when a mentor with a full mentorship would take one more mentee", () => {
    expect(exceedsMentorCapacity(result, "mentee-z-tw", "mentor-m-se", context, capacityOf)).toBe(
      true,
    );
    expect(exceedsMentorCapacity(result, "mentor-m-se", "mentee-z-tw", context, () => 3)).toBe(
      false,
    );
  });

  it("is false for a mentee the mentor already has, and for two peers", () => {
    expect(exceedsMentorCapacity(result, "mentor-m-se", "mentee-x-ng", context, capacityOf)).toBe(
      false,
    );
    expect(exceedsMentorCapacity(result, "peer-a-fi", "peer-b-ke", context, () => 0)).toBe(false);
  });
});
