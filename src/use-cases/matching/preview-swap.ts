/**
 * Swap partners between two pairs of a run, first step: the page shows both ways to re-pair
 * the four people, scored and explained, before the facilitator chooses one (swap-partners.ts).
 */
import type { UseCaseDeps } from "../ports.ts";
import { ok, type Actor, type Result } from "../result.ts";
import type { RunGroup } from "../../domain/matching/matching-run-types.ts";
import { prepareSwap, type SwapInput } from "./prepare-swap.ts";

export interface SwapPreview {
  current: [RunGroup, RunGroup];
  /** Names of the four people, by application id. */
  names: Record<string, string>;
  /** Each way to swap: the two new pairs, scored, with the hard rules they would break. */
  options: [RunGroup, RunGroup][];
}

export async function previewSwap(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: SwapInput,
): Promise<Result<SwapPreview>> {
  const prepared = await deps.uow.transaction((repositories) =>
    prepareSwap(repositories, actor, input),
  );
  if (!prepared.ok) return prepared;
  const { current, options, names } = prepared.value;
  return ok({ current, options, names });
}
