/**
 * A facilitator invitation is sent to an email address; it becomes a role only for an account
 * that has proved it owns that address. Called when an account is created already verified
 * (a magic link) and when an account verifies its address. The grants, the invitations marked
 * accepted and one audit entry per grant are written in one transaction.
 */
import type { UseCaseDeps } from "../ports.ts";
import { grantFacilitatorInvitations } from "./grant-facilitator-invitations.ts";

export async function acceptFacilitatorInvitations(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  userId: string,
): Promise<{ granted: string[] }> {
  return deps.uow.transaction(async (repositories) => {
    const user = await repositories.users.findById(userId);
    if (!user?.emailVerified) return { granted: [] };
    const now = deps.clock.now();
    return { granted: await grantFacilitatorInvitations(repositories, deps, user, now) };
  });
}
