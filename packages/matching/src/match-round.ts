/**
 * Matches a whole round: scores candidate pairs, solves exactly (peer: maximum-weight
 * matching; mentor: bipartite b-matching; group: a heuristic, see match-groups.ts), checks
 * the solver's certificate, explains every pair, and says why anyone is left over.
 * Deterministic: the same participants, config and seed give the same result.
 */
import { findCandidatePairs } from "./candidate-pairs.ts";
import { explainLink } from "./explain-link.ts";
import {
  groupOf,
  lockedGroupOf,
  pricingDeadline,
  type PartialResult,
  type RoundContext,
  type MatchRoundOptions,
  type MatchProgress,
} from "./round-context.ts";
import { findGroupRuleBreaks } from "./check-group-rules.ts";
import { describeProof } from "./describe-proof.ts";
import { joinTriads } from "./join-triads.ts";
import { RoundPairPricer } from "./price-round-pairs.ts";
import { findLockedGroups } from "./locked-groups.ts";
import { matchGroups } from "./match-groups.ts";
import type { Participant } from "./participant.ts";
import { pairKey, previousPairKeys } from "./previous-pairs.ts";
import { resolveRoundConfig, type RoundConfigInput } from "./round-config.ts";
import type { MatchedGroup, RoundResult, UnmatchedPerson } from "./round-result.ts";
import { summariseRound } from "./round-summary.ts";
import { findCoMenteeViolation } from "./scoring/hard-rules.ts";
import { buildRoundIndex } from "./scoring/round-index.ts";
import { seededPermutation } from "./seeded-random.ts";
import { solveMentorships } from "./solve-mentorships.ts";
import { solvePeerPairs } from "./solve-peer-pairs.ts";
export type { MatchRoundOptions, MatchProgress } from "./round-context.ts";
import { describeUnmatched, findUnmatchedReason } from "./unmatched-reasons.ts";

export function matchRound(
  participants: readonly Participant[],
  configInput: RoundConfigInput = {},
  options: MatchRoundOptions,
): RoundResult {
  const config = resolveRoundConfig(configInput);
  const index = buildRoundIndex(participants, config.scoring);
  const order = seededPermutation(participants.length, options.seed);
  const rank = new Int32Array(participants.length);
  order.forEach((p, r) => (rank[p] = r));
  const previous = previousPairKeys(options.previousGroups);
  const context: RoundContext = {
    index,
    config,
    rank,
    order,
    isPreviousPair: (a, b) =>
      previous.size > 0 && previous.has(pairKey(participants[a]!.id, participants[b]!.id)),
    lockedGroups: findLockedGroups(participants, index.indexById),
    options,
  };
  const partial =
    config.mode === "mentor"
      ? matchMentors(context)
      : config.mode === "group"
        ? matchGroups(context)
        : matchPeers(context);
  const position = (id: string) => index.indexById.get(id)!;
  const groups = partial.groups.sort(
    (x, y) => Math.min(...x.memberIds.map(position)) - Math.min(...y.memberIds.map(position)),
  );
  const unmatched = partial.unmatched.sort((x, y) => position(x.id) - position(y.id));
  // The checker after every solve: no group may break a hard rule between two members.
  const breaks = findGroupRuleBreaks(index, groups);
  const broken = breaks[0];
  return {
    mode: config.mode,
    ...partial,
    ...(broken
      ? {
          certified: false,
          certificateReason: `${breaks.length} link(s) inside groups break a hard rule, e.g. ${broken.ids.join(" & ")}: ${broken.rule}`,
        }
      : {}),
    groups,
    unmatched,
    summary: summariseRound(participants, groups, unmatched.length),
  };
}

function progress(context: RoundContext, stage: MatchProgress["stage"]) {
  return (done: number, total: number) => context.options.onProgress?.({ stage, done, total });
}

function matchPeers(context: RoundContext): PartialResult {
  const { index, config, rank } = context;
  const lockedSet = new Set(context.lockedGroups.flat());
  const groups = context.lockedGroups.map((members) => lockedGroupOf(index, members));
  const free = Int32Array.from([...context.order].filter((p) => !lockedSet.has(p)));
  const k = free.length > config.allPairsUpTo ? config.candidatesPerPerson : null;
  const candidates = findCandidatePairs(index, free, null, {
    k,
    rank,
    onProgress: progress(context, "scoring"),
  });
  progress(context, "solving")(0, 1);
  // Top-k candidates are a speed device: pricing makes the result exact over all allowed pairs.
  const scale = (free.length >> 1) + 1;
  const solution = solvePeerPairs(free, candidates, {
    fairnessFirst: config.fairnessFirst,
    isPrevious: context.isPreviousPair,
    pricer:
      k === null || candidates.a.length >= (free.length * (free.length - 1)) / 2
        ? undefined
        : new RoundPairPricer(
            index,
            free,
            null,
            scale,
            context.isPreviousPair,
            (context.options.previousGroups?.length ?? 0) > 0,
          ),
    deadline: pricingDeadline(context.options),
  });
  progress(context, "explaining")(0, solution.pairs.length);
  const paired = new Set(solution.pairs.flat());
  let leftOver = [...free].filter((p) => !paired.has(p));
  let joined = new Map<number, number>();
  if (config.allowTriads && leftOver.length > 0)
    ({ joined, stillLeft: leftOver } = joinTriads(index, solution.pairs, leftOver, rank));
  solution.pairs.forEach(([a, b], p) => {
    const links = [explainLink(index, a, b)];
    const joiner = joined.get(p);
    if (joiner === undefined) return groups.push(groupOf(index, [a, b], links, "pair", false));
    links.push(explainLink(index, joiner, a), explainLink(index, joiner, b));
    groups.push(groupOf(index, [a, b, joiner], links, "triad", false));
  });
  const everyone = Int32Array.from(context.order);
  const reasons = leftOver.map((p) => findUnmatchedReason(index, p, everyone, false));
  // One person left who could have had a partner is the odd one out of an odd count.
  const couldPair = reasons.filter((r) => r === "partners_taken").length;
  const unmatched: UnmatchedPerson[] = leftOver.map((p, i) => {
    const reason = couldPair === 1 && reasons[i] === "partners_taken" ? "odd_one_out" : reasons[i]!;
    return describeUnmatched(index.participants[p]!.id, reason);
  });
  return {
    groups,
    unmatched,
    certified: solution.certified,
    certificateReason: solution.reason,
    proof: describeProof(solution.proof, k),
    candidates: { pairs: candidates.a.length, topK: k },
    fairnessThreshold: solution.fairnessThreshold,
  };
}

function matchMentors(context: RoundContext): PartialResult {
  const { index, config, rank } = context;
  const participants = index.participants;
  const role = (p: number) => participants[p]!.role;
  const capacityLeft = new Map<number, number>();
  for (const p of context.order)
    if (role(p) === "mentor")
      capacityLeft.set(p, Math.max(1, participants[p]!.mentorCapacity ?? 1));
  // Locked mentees go to the one mentor in their lock group, using up that mentor's places.
  const menteesOf = new Map<number, { mentee: number; locked: boolean }[]>();
  const assigned = new Set<number>();
  for (const group of context.lockedGroups) {
    const mentors = group.filter((p) => role(p) === "mentor");
    if (mentors.length !== 1) continue;
    const mentor = mentors[0]!;
    for (const mentee of group.filter((p) => role(p) === "mentee")) {
      menteesOf.set(mentor, [...(menteesOf.get(mentor) ?? []), { mentee, locked: true }]);
      capacityLeft.set(mentor, capacityLeft.get(mentor)! - 1);
      assigned.add(mentee);
    }
  }
  const mentees = Int32Array.from(
    [...context.order].filter((p) => role(p) === "mentee" && !assigned.has(p)),
  );
  const mentors = Int32Array.from(
    [...context.order].filter((p) => role(p) === "mentor" && capacityLeft.get(p)! > 0),
  );
  const k =
    mentees.length + mentors.length > config.allPairsUpTo ? config.candidatesPerPerson : null;
  const candidates = findCandidatePairs(index, mentees, mentors, {
    k,
    rank,
    onProgress: progress(context, "scoring"),
  });
  progress(context, "solving")(0, 1);
  const solution = solveMentorships(
    mentees,
    mentors,
    Int32Array.from(mentors, (m) => capacityLeft.get(m)!),
    candidates,
    {
      fairnessFirst: config.fairnessFirst,
      isPrevious: context.isPreviousPair,
      mayShareMentor: (a, b) => findCoMenteeViolation(index, a, b) === null,
      pricer:
        k === null || candidates.a.length >= mentees.length * mentors.length
          ? undefined
          : new RoundPairPricer(
              index,
              mentees,
              mentors,
              mentees.length + 1,
              context.isPreviousPair,
              (context.options.previousGroups?.length ?? 0) > 0,
            ),
      deadline: pricingDeadline(context.options),
    },
  );
  for (const [mentee, mentor] of solution.pairs) {
    menteesOf.set(mentor, [...(menteesOf.get(mentor) ?? []), { mentee, locked: false }]);
    assigned.add(mentee);
  }
  progress(context, "explaining")(0, solution.pairs.length);
  const groups: MatchedGroup[] = [];
  for (const [mentor, list] of menteesOf) {
    const links = list.map(({ mentee, locked }) => explainLink(index, mentor, mentee, locked));
    const members = [mentor, ...list.map((m) => m.mentee)];
    groups.push(
      groupOf(
        index,
        members,
        links,
        "mentorship",
        list.some((m) => m.locked),
      ),
    );
  }
  const allMentors = Int32Array.from([...context.order].filter((p) => role(p) === "mentor"));
  const unmatched: UnmatchedPerson[] = [];
  for (const p of context.order) {
    const id = participants[p]!.id;
    if (role(p) === "peer") unmatched.push(describeUnmatched(id, "not_mentor_or_mentee"));
    else if (role(p) === "mentee" && !assigned.has(p)) {
      unmatched.push(describeUnmatched(id, findUnmatchedReason(index, p, allMentors, false)));
    } else if (role(p) === "mentor" && !menteesOf.has(p))
      unmatched.push(describeUnmatched(id, "no_mentee_for_mentor"));
  }
  return {
    groups,
    unmatched,
    certified: solution.certified,
    certificateReason: solution.reason,
    proof: describeProof(solution.proof, k),
    candidates: { pairs: candidates.a.length, topK: k },
    fairnessThreshold: solution.fairnessThreshold,
  };
}
