/**
 * The pairs a facilitator blocked in a round (never paired again by a run), newest first,
 * one page at a time, with both people's names so they can be recognised and unblocked.
 */
import { getFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { ok, type Actor, type Result } from "../result.ts";
import { isStillMatching } from "./find-facilitated-run.ts";

export interface BlockedPerson {
  id: string;
  name: string;
  country: string;
}

export interface BlockedPair {
  a: BlockedPerson;
  b: BlockedPerson;
  blockedAt: Date;
}

export async function listBlockedPairs(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; page: { offset: number; limit: number } },
): Promise<Result<{ round: RoundRecord; pairs: BlockedPair[]; total: number; editable: boolean }>> {
  const found = await getFacilitatedRound(deps, actor, input.roundId);
  if (!found.ok) return found;
  const { round } = found.value;
  const repositories = deps.uow.read;
  const blocks = (await repositories.matchingRuns.listConstraints(round.id))
    .filter((c) => c.kind === "block")
    .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
  const page = blocks.slice(input.page.offset, input.page.offset + input.page.limit);
  const applications = await repositories.applications.findByIds(
    page.flatMap((c) => [c.applicationA, c.applicationB]),
  );
  const byId = new Map(applications.map((a) => [a.id, a]));
  const person = (id: string): BlockedPerson => {
    const application = byId.get(id);
    return { id, name: application?.name ?? "?", country: application?.country ?? "" };
  };
  const pairs = page.map((c) => ({
    a: person(c.applicationA),
    b: person(c.applicationB),
    blockedAt: c.createdAt,
  }));
  return ok({
    round,
    pairs,
    total: blocks.length,
    editable: await isStillMatching(repositories, round),
  });
}
