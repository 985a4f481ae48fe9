import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "./programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A programme with its rounds and facilitators, for someone who facilitates it. */
export async function getProgrammeForFacilitator(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  programmeId: string,
): Promise<
  Result<{
    programme: ProgrammeRecord;
    rounds: RoundRecord[];
    facilitators: { userId: string; name: string; email: string }[];
    invitations: { email: string; createdAt: Date }[];
  }>
> {
  const repositories = deps.uow.read;
  const programme = await repositories.programmes.findById(programmeId);
  // Unknown and forbidden look alike, so nobody learns which programmes exist.
  if (!programme || !(await canFacilitate(repositories, actor, programme.id)))
    return fail({ code: "not_found" });
  return ok({
    programme,
    rounds: await repositories.rounds.listByProgramme(programme.id),
    facilitators: await repositories.programmes.listFacilitators(programme.id),
    invitations: await repositories.programmes.listPendingInvitations(programme.id),
  });
}
