/**
 * What both swap use cases (preview-swap.ts, swap-partners.ts) start from: the editable run,
 * the two pairs chosen, and both ways to re-pair their four people, scored and explained.
 */
import type { Repositories } from "../ports.ts";
import { fail, ok, type Actor } from "../result.ts";
import { buildGroup, findGroup, swapOptions } from "../../domain/matching/edit-run-result.ts";
import { findEditableRun } from "./find-facilitated-run.ts";
import type { RunGroup } from "../../domain/matching/matching-run-types.ts";
import { editContextFor, loadRoundParticipants } from "./round-participants.ts";

export interface SwapInput {
  roundId: string;
  runId: string;
  groupKeys: string[];
}

export async function prepareSwap(
  repositories: Repositories,
  actor: Actor | null,
  input: SwapInput,
) {
  const found = await findEditableRun(repositories, actor, input.roundId, input.runId);
  if (!found.ok) return found;
  const { round, run } = found.value;
  const keys = [...new Set(input.groupKeys)];
  if (keys.length !== 2) return fail({ code: "conflict", reason: "choose_two_pairs" });
  const groups = keys.map((k) => findGroup(run.result, k));
  const [first, second] = groups;
  if (!first || !second) return fail({ code: "not_found" });
  if (first.kind !== "pair" || second.kind !== "pair")
    return fail({ code: "conflict", reason: "pairs_only" });
  const loaded = await loadRoundParticipants(repositories, round);
  const context = editContextFor(loaded, run.criteria, round);
  const names = Object.fromEntries(
    [...first.memberIds, ...second.memberIds].map((id) => [
      id,
      loaded.applications.get(id)?.name ?? "?",
    ]),
  );
  const options = swapOptions(first, second).map(
    ([x, y]) =>
      [
        buildGroup("new-1", x, context, { locked: false, manual: true }),
        buildGroup("new-2", y, context, { locked: false, manual: true }),
      ] as [RunGroup, RunGroup],
  );
  return ok({
    run,
    context,
    names,
    keys: [first.key, second.key] as [string, string],
    current: [first, second] as [RunGroup, RunGroup],
    options,
  });
}
