/** A partnership of a round the actor facilitates, for the dissolve confirmation. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor } from "../result.ts";
import { findFacilitatedPartnership } from "./find-follow-up.ts";

export async function findPartnershipToFollowUp(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { roundId: string; partnershipId: string },
) {
  const found = await findFacilitatedPartnership(deps.uow.read, actor, input);
  return found ? ok(found) : fail<NonNullable<typeof found>>({ code: "not_found" });
}
