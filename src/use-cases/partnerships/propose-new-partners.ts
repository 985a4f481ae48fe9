/** For a person freed by a dissolved partnership (or never matched): the best new partners. */
import type { ApplicationRecord } from "../applications/application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { loadRematchCandidates, type RematchCandidate } from "./rematch-pool.ts";

export async function proposeNewPartners(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; applicationId: string },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    person: ApplicationRecord;
    candidates: RematchCandidate[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const application = await repositories.applications.findById(input.applicationId);
  if (!application || application.roundId !== found.round.id) return fail({ code: "not_found" });
  const pool = await loadRematchCandidates(repositories, found.round, application.id);
  if (!pool) return fail({ code: "conflict", reason: "has_partner" });
  return ok({ ...found, ...pool });
}
