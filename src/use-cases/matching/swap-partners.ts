/**
 * Swap partners between two pairs of a run: the page shows both ways to re-pair the four
 * people, scored and explained; a way that breaks a hard rule needs `confirmBreaks`.
 */
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import {
  buildGroup,
  findGroup,
  swapOptions,
  swapPartners as applySwap,
} from "../../domain/matching/edit-run-result.ts";
import { findEditableRun, saveChangedResult } from "./find-facilitated-run.ts";
import type { RunGroup } from "../../domain/matching/matching-run-types.ts";
import { editContextFor, loadRoundParticipants } from "./round-participants.ts";

interface SwapInput {
  roundId: string;
  runId: string;
  groupKeys: string[];
}

export interface SwapPreview {
  current: [RunGroup, RunGroup];
  /** Names of the four people, by application id. */
  names: Record<string, string>;
  /** Each way to swap: the two new pairs, scored, with the hard rules they would break. */
  options: [RunGroup, RunGroup][];
}

async function prepare(repositories: Repositories, actor: Actor | null, input: SwapInput) {
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

export async function previewSwap(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: SwapInput,
): Promise<Result<SwapPreview>> {
  const prepared = await deps.uow.transaction((repositories) =>
    prepare(repositories, actor, input),
  );
  if (!prepared.ok) return prepared;
  const { current, options, names } = prepared.value;
  return ok({ current, options, names });
}

export async function swapPartners(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: SwapInput & { option: number; confirmBreaks: boolean },
): Promise<Result<{ groups: RunGroup[] }>> {
  return deps.uow.transaction(async (repositories) => {
    const prepared = await prepare(repositories, actor, input);
    if (!prepared.ok) return prepared;
    const { run, context, keys, options } = prepared.value;
    const chosen = options[input.option];
    if (!chosen) return fail({ code: "conflict", reason: "unknown_option" });
    const breaks = [...new Set(chosen.flatMap((g) => g.hardRuleBreaks))];
    if (breaks.includes("blocked")) return fail({ code: "conflict", reason: "blocked" });
    if (breaks.length > 0 && !input.confirmBreaks)
      return fail({
        code: "conflict",
        reason: "needs_confirmation",
        data: { breaks: breaks.join(",") },
      });
    const result = applySwap(run.result, keys, [chosen[0].memberIds, chosen[1].memberIds], context);
    await saveChangedResult(repositories, run, result, {
      change: {
        kind: "swap",
        before: prepared.value.current.map((g) => g.memberIds),
        after: chosen.map((g) => g.memberIds),
      },
      at: deps.clock.now().toISOString(),
      by: actor?.userId ?? null,
      confirmedBreaks: breaks,
    });
    return ok({ groups: result.groups.slice(-2) });
  });
}
