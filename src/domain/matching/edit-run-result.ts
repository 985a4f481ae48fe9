/**
 * Manual changes to a run's result, as pure functions: lock, unmatch, swap partners,
 * pair two people. Changed groups are re-scored and re-explained with the run's criteria
 * (`ExplainLink`), and the hard rules they break are listed so the facilitator can
 * confirm them; the summary is recomputed.
 */
import type { HardRuleViolation, MatchLink } from "@shelfmates/matching";
import type {
  ConfirmedBreak,
  RunGroup,
  RunResult,
  RunUnmatchedReason,
} from "./matching-run-types.ts";
import { summariseRun, type PersonFacts } from "./run-result.ts";

/** A scored, explained link between two application ids, and the hard rule it breaks. */
export type ExplainLink = (
  a: string,
  b: string,
) => {
  link: MatchLink;
  violation: HardRuleViolation | null;
};

export interface EditContext {
  explain: ExplainLink;
  people: ReadonlyMap<string, PersonFacts>;
  /** "mentor" for mentors, so a mentorship keeps its mentor first. */
  roleOf: (id: string) => string;
}

/** The (first) mentor among these application ids, if any. */
function mentorAmong(ids: readonly string[], context: EditContext): string | undefined {
  return ids.find((id) => context.roleOf(id) === "mentor");
}

function withSummary(result: RunResult, context: EditContext): RunResult {
  return { ...result, summary: summariseRun(result.groups, result.unmatched, context.people) };
}

/** A group of these members, scored and explained; links only mentor–mentee in a mentorship. */
export function buildGroup(
  key: string,
  memberIds: string[],
  context: EditContext,
  flags: { locked: boolean; manual: boolean },
): RunGroup {
  const mentor = mentorAmong(memberIds, context);
  const isMentorship =
    mentor !== undefined && memberIds.some((id) => context.roleOf(id) === "mentee");
  const members = isMentorship ? [mentor, ...memberIds.filter((id) => id !== mentor)] : memberIds;
  const pairs: [string, string][] = [];
  if (isMentorship) for (const m of members.slice(1)) pairs.push([mentor, m]);
  else
    for (let x = 0; x < members.length; x++)
      for (let y = x + 1; y < members.length; y++) pairs.push([members[x]!, members[y]!]);
  const explained = pairs.map(([a, b]) => context.explain(a, b));
  const links = explained.map((e) => e.link);
  const score =
    links.length === 0 ? 0 : Math.round(links.reduce((s, l) => s + l.score, 0) / links.length);
  return {
    key,
    kind: isMentorship
      ? "mentorship"
      : members.length === 2
        ? "pair"
        : members.length === 3
          ? "triad"
          : "group",
    memberIds: members,
    score,
    links,
    locked: flags.locked,
    manual: flags.manual,
    hardRuleBreaks: [...new Set(explained.flatMap((e) => (e.violation ? [e.violation] : [])))],
  };
}

export function findGroup(result: RunResult, key: string): RunGroup | undefined {
  return result.groups.find((g) => g.key === key);
}

export function findGroupOf(result: RunResult, applicationId: string): RunGroup | undefined {
  return result.groups.find((g) => g.memberIds.includes(applicationId));
}

export function setGroupLocked(result: RunResult, key: string, locked: boolean): RunResult {
  return {
    ...result,
    groups: result.groups.map((g) => (g.key === key ? { ...g, locked } : g)),
  };
}

/** Everyone in the group becomes unmatched with this reason. */
export function unmatchGroup(
  result: RunResult,
  key: string,
  reason: RunUnmatchedReason,
  context: EditContext,
): RunResult {
  const group = findGroup(result, key);
  if (!group) return result;
  return withSummary(
    {
      ...result,
      groups: result.groups.filter((g) => g.key !== key),
      unmatched: [...result.unmatched, ...group.memberIds.map((id) => ({ id, reason }))],
    },
    context,
  );
}

/** The two ways to exchange partners between pairs [a1, a2] and [b1, b2]. */
export function swapOptions(first: RunGroup, second: RunGroup): [string[], string[]][] {
  const [a1, a2] = first.memberIds as [string, string];
  const [b1, b2] = second.memberIds as [string, string];
  return [
    [
      [a1, b2],
      [b1, a2],
    ],
    [
      [a1, b1],
      [a2, b2],
    ],
  ];
}

/**
 * Replaces the two pairs by the option's two new pairs, marked manual and locked: a pair
 * made by hand stays together in re-runs (the use case locks it on the round too).
 */
export function swapPartners(
  result: RunResult,
  keys: [string, string],
  option: [string[], string[]],
  context: EditContext,
): RunResult {
  const groups = result.groups.filter((g) => !keys.includes(g.key));
  let next = result.nextKey;
  for (const members of option)
    groups.push(buildGroup(`g${next++}`, members, context, { locked: true, manual: true }));
  return withSummary({ ...result, groups, nextKey: next }, context);
}

/**
 * True when pairing a and b puts more mentees with a mentor than the mentor offered to take
 * (`capacityOf`: the mentor's capacity, null when not a mentor).
 */
export function exceedsMentorCapacity(
  result: RunResult,
  a: string,
  b: string,
  context: EditContext,
  capacityOf: (id: string) => number | null,
): boolean {
  const mentor = mentorAmong([a, b], context);
  if (mentor === undefined) return false;
  const mentee = mentor === a ? b : a;
  const capacity = capacityOf(mentor);
  if (capacity === null) return false;
  const group = result.groups.find((g) => g.kind === "mentorship" && g.memberIds[0] === mentor);
  const mentees = group ? group.memberIds.slice(1).filter((id) => id !== mentee).length : 0;
  return mentees + 1 > capacity;
}

/**
 * Puts two people together, in a group marked manual and locked (so re-runs keep it).
 * Whoever they leave behind stays in the smaller group (locked if theirs was), or becomes
 * unmatched ("partner_moved") when alone. A mentor keeps their other mentees: the mentee
 * joins the mentor's group.
 */
export function pairPeople(
  result: RunResult,
  a: string,
  b: string,
  context: EditContext,
  /** Breaks confirmed beyond the hard rules (a mentor's capacity), marked on the new group. */
  confirmed: readonly ConfirmedBreak[] = [],
): RunResult {
  const mentor = mentorAmong([a, b], context);
  const moving = mentor === undefined ? [a, b] : [a, b].filter((id) => id !== mentor);
  let next = result.nextKey;
  const unmatched = result.unmatched.filter((u) => u.id !== a && u.id !== b);
  const groups: RunGroup[] = [];
  let joined: string[] = [a, b];
  for (const group of result.groups) {
    if (mentor !== undefined && group.memberIds[0] === mentor && group.kind === "mentorship") {
      joined = [...group.memberIds.filter((id) => !moving.includes(id)), ...moving];
      continue;
    }
    if (!moving.some((id) => group.memberIds.includes(id))) {
      groups.push(group);
      continue;
    }
    const rest = group.memberIds.filter((id) => !moving.includes(id));
    if (rest.length === 1) unmatched.push({ id: rest[0]!, reason: "partner_moved" });
    else if (rest.length > 1)
      groups.push(buildGroup(`g${next++}`, rest, context, { locked: group.locked, manual: true }));
  }
  const made = buildGroup(`g${next++}`, joined, context, { locked: true, manual: true });
  groups.push({ ...made, hardRuleBreaks: [...new Set([...made.hardRuleBreaks, ...confirmed])] });
  return withSummary({ ...result, groups, unmatched, nextKey: next }, context);
}
