import type { Repositories, UseCaseDeps } from "../ports.ts";

/**
 * Turns the pending invitations to a verified account's address into facilitator roles, with
 * one audit entry per grant, inside the caller's transaction. The caller has checked that the
 * account proved the address (decision 0003). Returns the programmes granted.
 */
export async function grantFacilitatorInvitations(
  repositories: Repositories,
  deps: Pick<UseCaseDeps, "ids">,
  user: { id: string; email: string },
  now: Date,
): Promise<string[]> {
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
  return granted.map((g) => g.programmeId);
}
