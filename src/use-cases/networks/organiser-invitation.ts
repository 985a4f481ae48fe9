/**
 * A co-organiser invitation, opened from its email. Reading it changes nothing; accepting
 * (a POST) grants the role only to a signed-in account whose verified address is the one
 * invited, with the grant, the acceptance and the audit entry in one transaction.
 */
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

export interface OrganiserInvitationPage {
  networkName: string;
  networkSlug: string;
  /** The invited address: the page tells the reader which account to use. */
  email: string;
  /** accept: the reader may accept; wrong_account: signed in with another or unverified address; done: already accepted. */
  state: "accept" | "wrong_account" | "done";
}

async function load(repositories: ReadRepositories, actor: Actor | null, invitationId: string) {
  if (!actor) return undefined;
  const invitation = await repositories.networks.findInvitation(invitationId);
  const network = invitation && (await repositories.networks.findById(invitation.networkId));
  if (!invitation || !network || network.status !== "approved") return undefined;
  const account = await repositories.users.findById(actor.userId);
  const matches =
    !!account?.emailVerified && account.email.toLowerCase() === invitation.email.toLowerCase();
  return { invitation, network, matches };
}

export async function findOrganiserInvitation(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { invitationId: string },
): Promise<Result<OrganiserInvitationPage>> {
  const found = await load(deps.uow.read, actor, input.invitationId);
  if (!found) return fail({ code: "not_found" });
  const { invitation, network, matches } = found;
  const organises =
    actor !== null && (await deps.uow.read.networks.isOrganiser(network.id, actor.userId));
  return ok({
    networkName: network.name,
    networkSlug: network.slug,
    email: invitation.email,
    state: !matches ? "wrong_account" : organises || invitation.acceptedAt ? "done" : "accept",
  });
}

export async function acceptOrganiserInvitation(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { invitationId: string },
): Promise<Result<{ slug: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await load(repositories, actor, input.invitationId);
    if (!actor || !found) return fail({ code: "not_found" });
    const { invitation, network, matches } = found;
    if (!matches) return fail({ code: "conflict", reason: "wrong_account" });
    const now = deps.clock.now();
    await repositories.networks.markInvitationAccepted(invitation.id, now);
    const granted = await repositories.networks.addOrganiser(
      network.id,
      actor.userId,
      invitation.invitedBy,
      now,
    );
    if (granted)
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: actor.userId,
        action: "network.organiser_granted",
        subjectType: "network",
        subjectId: network.id,
        data: { userId: actor.userId, as: "invited", invitationId: invitation.id },
        createdAt: now,
      });
    return ok({ slug: network.slug });
  });
}
