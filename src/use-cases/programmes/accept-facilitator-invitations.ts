/**
 * A facilitator invitation is sent to an email address; it becomes a role only for an account
 * that has proved it owns that address. Called when an account is created already verified
 * (a magic link) and when an account verifies its address. The grants, the invitations marked
 * accepted and one audit entry per grant are written in one transaction.
 */
import type { UseCaseDeps } from "../ports.ts";

export async function acceptFacilitatorInvitations(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  userId: string,
): Promise<{ granted: string[] }> {
  return deps.uow.transaction(async (repositories) => {
    const user = await repositories.users.findById(userId);
    if (!user?.emailVerified) return { granted: [] };
    const now = deps.clock.now();
    const granted = await repositories.programmes.acceptInvitationsFor(user.email, user.id, now);
    for (const invitation of granted) {
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: invitation.invitedBy,
        action: "programme.facilitator_granted",
        subjectType: "programme",
        subjectId: invitation.programmeId,
        data: { userId: user.id, email: user.email, via: "invitation" },
        createdAt: now,
      });
    }
    return { granted: granted.map((g) => g.programmeId) };
  });
}
