/** The matching page of a round: who can take part, the criteria to review, the runs so far. */
import type { ApplicationStatus } from "../../domain/applications/application-status.ts";
import { getFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { ok, type Actor, type Result } from "../result.ts";
import {
  defaultCriteria,
  weightsForMode,
  type WeightName,
} from "../../domain/matching/matching-criteria.ts";
import type { RoundPublicationRecord } from "./matching-ports.ts";
import type {
  MatchingCriteria,
  MatchingRunSummaryRecord,
} from "../../domain/matching/matching-run-types.ts";

export interface MatchingOverview {
  round: RoundRecord;
  programme: ProgrammeRecord;
  counts: Partial<Record<ApplicationStatus, number>>;
  runs: MatchingRunSummaryRecord[];
  locks: number;
  blocks: number;
  publication: RoundPublicationRecord | undefined;
  /** The last run's criteria, or the defaults for the round's mode. */
  criteria: MatchingCriteria;
  defaults: MatchingCriteria;
  weights: readonly WeightName[];
  nextSeed: number;
}

export async function getMatchingOverview(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  roundId: string,
): Promise<Result<MatchingOverview>> {
  const found = await getFacilitatedRound(deps, actor, roundId);
  if (!found.ok) return found;
  const { round, programme } = found.value;
  const repositories = deps.uow.read;
  const counts = Object.fromEntries(
    (await repositories.applications.countBy(round.id, "status")).map((c) => [c.value, c.count]),
  );
  const runs = await repositories.matchingRuns.listByRound(round.id);
  const constraints = await repositories.matchingRuns.listConstraints(round.id);
  const defaults = defaultCriteria(round);
  return ok({
    round,
    programme,
    counts,
    runs,
    locks: constraints.filter((c) => c.kind === "lock").length,
    blocks: constraints.filter((c) => c.kind === "block").length,
    publication: await repositories.partnerships.findPublication(round.id),
    criteria: runs[0]?.criteria ?? defaults,
    defaults,
    weights: weightsForMode(round.mode),
    nextSeed: runs[0]?.seed ?? 1,
  });
}
