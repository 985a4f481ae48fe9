/**
 * Swap partners between two pairs of a run: the page shows both ways to re-pair the four
 * people, scored and explained (preview-swap.ts); a way that breaks a hard rule needs
 * `confirmBreaks`. The new pairs are locked, so a re-run keeps them (carry-manual-pairs.ts).
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { swapPartners as applySwap } from "../../domain/matching/edit-run-result.ts";
import { saveChangedResult } from "./find-facilitated-run.ts";
import type { RunGroup } from "../../domain/matching/matching-run-types.ts";
import { prepareSwap, type SwapInput } from "./prepare-swap.ts";
import { carryManualPairs } from "./carry-manual-pairs.ts";
import { pairsOf } from "../../domain/matching/pairs-of.ts";

export async function swapPartners(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: SwapInput & { option: number; confirmBreaks: boolean },
): Promise<Result<{ groups: RunGroup[] }>> {
  return deps.uow.transaction(async (repositories) => {
    const prepared = await prepareSwap(repositories, actor, input);
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
    const now = deps.clock.now();
    await carryManualPairs(repositories, {
      roundId: input.roundId,
      broken: prepared.value.current.flatMap((g) => pairsOf(g.memberIds)),
      made: chosen.map((g) => g.memberIds),
      by: actor?.userId ?? null,
      at: now,
    });
    await saveChangedResult(repositories, run, result, {
      change: {
        kind: "swap",
        before: prepared.value.current.map((g) => g.memberIds),
        after: chosen.map((g) => g.memberIds),
      },
      at: now.toISOString(),
      by: actor?.userId ?? null,
      confirmedBreaks: breaks,
    });
    return ok({ groups: result.groups.slice(-2) });
  });
}
