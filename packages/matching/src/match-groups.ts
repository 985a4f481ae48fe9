/**
 * Group mode (3–5 people per group): a heuristic, reported against an upper bound.
 *
 * 1. Sizes: as many groups of the target size as fit, the remainder spread one extra
 *    person per group (or one group smaller), every group within 3–5.
 * 2. Greedy construction: people with the fewest allowed partners first (ties in seeded
 *    order), each to the open group where their links to the members already there add
 *    most (empty groups are opened first, one per group, so every group starts from a
 *    different person).
 * 3. Local improvement: swap two people of different groups whenever it raises the total,
 *    until no swap helps or 25 passes have run.
 *
 * Every hard rule holds between every two members of a group (issue 11): a person joins
 * only a group whose members are all allowed partners, swaps that would break a rule are
 * not made, people who fit no group with room join any group under 5 that they fit, and a
 * group left under 3 is dissolved (its people try the other groups); then each person left
 * may take the place of a member who fits another group with room, and those still left form
 * groups among themselves where 3 or more fit together. Whoever fits nowhere is unmatched,
 * with the reason.
 *
 * A link's value is the pair score (a pair the rules forbid is marked unusable).
 * Upper bound: each person's best (largest group − 1) link values, summed and halved — no
 * grouping can beat it. The result reports total and bound so the gap is visible.
 */
import { explainLink } from "./explain-link.ts";
import { lockedGroupOf, type PartialResult, type RoundContext } from "./round-context.ts";
import type { MatchedGroup } from "./round-result.ts";
import { findHardRuleViolation } from "./scoring/hard-rules.ts";
import type { RoundIndex } from "./scoring/round-index.ts";
import { scoreAllowedPair } from "./score-pair.ts";
import { describeUnmatched, findUnmatchedReason } from "./unmatched-reasons.ts";

const UNUSABLE = -1000;

function linkValue(index: RoundIndex, a: number, b: number): number {
  return findHardRuleViolation(index, a, b) === null ? scoreAllowedPair(index, a, b) : UNUSABLE;
}

export function groupSizes(count: number, target: number): number[] {
  if (count < 3) return [];
  let groups = Math.max(1, Math.round(count / target));
  while (Math.ceil(count / groups) > 5) groups++;
  while (groups > 1 && Math.floor(count / groups) < 3) groups--;
  const base = Math.floor(count / groups);
  return Array.from({ length: groups }, (_, g) => base + (g < count % groups ? 1 : 0));
}

export function matchGroups(context: RoundContext): PartialResult {
  const { index, config } = context;
  const lockedSet = new Set(context.lockedGroups.flat());
  const result: MatchedGroup[] = context.lockedGroups.map((members) =>
    lockedGroupOf(index, members),
  );
  const free = [...context.order].filter((p) => !lockedSet.has(p));
  const sizes = groupSizes(free.length, config.groupSize);
  const m = free.length;
  // Dense value matrix when it fits (≤ 3,000 people: 36 MB); values are computed once.
  const matrix = m <= 3000 ? new Float32Array(m * m).fill(NaN) : null;
  const value = (x: number, y: number): number => {
    if (!matrix) return linkValue(index, free[x]!, free[y]!);
    let v = matrix[x * m + y]!;
    if (Number.isNaN(v)) {
      v = linkValue(index, free[x]!, free[y]!);
      matrix[x * m + y] = matrix[y * m + x] = v;
    }
    return v;
  };
  const members: number[][] = sizes.map(() => []);
  const groupOf = new Int32Array(m).fill(-1);
  const fits = (x: number, g: number) => members[g]!.every((y) => value(x, y) !== UNUSABLE);
  const gainIn = (x: number, g: number) => members[g]!.reduce((s, y) => s + value(x, y), 0);
  const join = (x: number, g: number) => {
    members[g]!.push(x);
    groupOf[x] = g;
  };
  /** The group under `limit(g)` members that x fits and adds most to, or -1. */
  const bestGroupFor = (x: number, limit: (g: number) => number) => {
    let best = -1;
    let bestGain = -Infinity;
    for (let g = 0; g < members.length; g++) {
      if (members[g]!.length >= limit(g) || members[g]!.length === 0 || !fits(x, g)) continue;
      const gain = gainIn(x, g);
      if (gain > bestGain) [best, bestGain] = [g, gain];
    }
    return best;
  };
  const aside: number[] = [];
  // People with the fewest allowed partners first (then in seeded order), so they are not
  // crowded out of every group they fit.
  const allowedCount = new Int32Array(m);
  for (let x = 0; x < m && sizes.length > 0; x++) {
    for (let y = x + 1; y < m; y++) {
      if (value(x, y) === UNUSABLE) continue;
      allowedCount[x]!++;
      allowedCount[y]!++;
    }
  }
  const order = Array.from({ length: m }, (_, x) => x).sort(
    (x, y) => allowedCount[x]! - allowedCount[y]! || x - y,
  );
  for (let i = 0; i < m && sizes.length > 0; i++) {
    const x = order[i]!;
    context.options.onProgress?.({ stage: "scoring", done: i, total: m });
    // Empty groups are opened first, one per group, each from a different person.
    if (i < sizes.length) join(x, i);
    else {
      const g = bestGroupFor(x, (g) => sizes[g]!);
      if (g >= 0) join(x, g);
      else aside.push(x);
    }
  }
  context.options.onProgress?.({ stage: "solving", done: 0, total: 1 });
  improveBySwaps(members, groupOf, value, m);
  const placeAside = (people: number[]) =>
    people.filter((x) => {
      const g = bestGroupFor(x, () => 5);
      if (g >= 0) join(x, g);
      return g < 0;
    });
  let unplaced = placeAside(aside);
  for (let g = 0; g < members.length; g++) {
    if (members[g]!.length === 0 || members[g]!.length >= 3) continue;
    const people = members[g]!.splice(0);
    for (const x of people) groupOf[x] = -1;
    unplaced = [...unplaced, ...placeAside(people)];
  }
  unplaced = displaceInto(members, groupOf, unplaced, value);
  // Whoever is still left: new groups among themselves, where 3 or more fit together.
  for (let i = 0; i < unplaced.length; i++) {
    const group = [unplaced[i]!];
    for (const y of unplaced.slice(i + 1)) {
      if (group.length < config.groupSize && group.every((z) => value(y, z) !== UNUSABLE))
        group.push(y);
    }
    if (group.length < 3) continue;
    members.push(group);
    for (const x of group) groupOf[x] = members.length - 1;
    unplaced = unplaced.filter((x) => !group.includes(x));
    i--;
  }
  const kept = members.filter((group) => group.length > 0);
  members.length = 0;
  members.push(...kept);

  let total = 0;
  for (const group of members) {
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) total += value(group[i]!, group[j]!);
  }
  const largest = Math.max(0, ...members.map((group) => group.length));
  let bound = 0;
  for (let x = 0; x < m && sizes.length > 0; x++) {
    const best: number[] = [];
    for (let y = 0; y < m; y++) if (y !== x) best.push(value(x, y));
    best.sort((a, b) => b - a);
    bound += best.slice(0, largest - 1).reduce((s, v) => s + v, 0);
  }
  for (const group of members) {
    const people = group.map((x) => free[x]!);
    const links = [];
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++)
        links.push(explainLink(index, people[i]!, people[j]!));
    }
    const score = links.length
      ? Math.round(links.reduce((s, l) => s + l.score, 0) / links.length)
      : 0;
    result.push({
      kind: "group",
      memberIds: people.map((p) => index.participants[p]!.id),
      score,
      links,
      locked: false,
    });
  }
  const everyone = Int32Array.from(free);
  const unmatched =
    sizes.length === 0
      ? free.map((p) => describeUnmatched(index.participants[p]!.id, "odd_one_out"))
      : unplaced.map((x) =>
          describeUnmatched(
            index.participants[free[x]!]!.id,
            findUnmatchedReason(index, free[x]!, everyone, false),
          ),
        );
  return {
    groups: result,
    unmatched,
    certified: false,
    certificateReason: "group mode is a heuristic; see groupBound",
    proof: {
      scope: "heuristic",
      candidatesPerPerson: null,
      passes: 1,
      pairsAdded: 0,
      statement: `group mode is a heuristic: total ${total} of at most ${Math.round(bound / 2)}`,
    },
    candidates: { pairs: matrix ? (m * (m - 1)) / 2 : 0, topK: null },
    groupBound: { total, upperBound: Math.round(bound / 2) },
  };
}

/**
 * One step of repair for each person left over: take the place of a member who fits
 * another group with room (under 5), where the person fits the rest of the first group.
 */
function displaceInto(
  members: number[][],
  groupOf: Int32Array,
  unplaced: number[],
  value: (x: number, y: number) => number,
): number[] {
  const fitsWithout = (x: number, g: number, except: number) =>
    members[g]!.every((y) => y === except || value(x, y) !== UNUSABLE);
  return unplaced.filter((x) => {
    for (let g = 0; g < members.length; g++) {
      for (const z of members[g]!) {
        if (!fitsWithout(x, g, z)) continue;
        const h = members.findIndex(
          (other, k) => k !== g && other.length > 0 && other.length < 5 && fitsWithout(z, k, -1),
        );
        if (h < 0) continue;
        members[g]![members[g]!.indexOf(z)] = x;
        groupOf[x] = g;
        members[h]!.push(z);
        groupOf[z] = h;
        return false;
      }
    }
    return true;
  });
}

function improveBySwaps(
  members: number[][],
  groupOf: Int32Array,
  value: (x: number, y: number) => number,
  m: number,
) {
  const gainWith = (x: number, g: number, except: number) =>
    members[g]!.reduce((s, y) => (y === x || y === except ? s : s + value(x, y)), 0);
  const fitsWithout = (x: number, g: number, except: number) =>
    members[g]!.every((y) => y === except || value(x, y) !== UNUSABLE);
  for (let pass = 0; pass < 25; pass++) {
    let improved = false;
    for (let x = 0; x < m; x++) {
      for (let y = x + 1; y < m; y++) {
        const gx = groupOf[x]!;
        const gy = groupOf[y]!;
        if (gx === gy || gx < 0 || gy < 0) continue; // -1: not in a group (yet)
        const before = gainWith(x, gx, -1) + gainWith(y, gy, -1);
        const after = gainWith(x, gy, y) + gainWith(y, gx, x);
        if (after <= before || !fitsWithout(x, gy, y) || !fitsWithout(y, gx, x)) continue;
        members[gx]![members[gx]!.indexOf(x)] = y;
        members[gy]![members[gy]!.indexOf(y)] = x;
        groupOf[x] = gy;
        groupOf[y] = gx;
        improved = true;
      }
    }
    if (!improved) break;
  }
}
