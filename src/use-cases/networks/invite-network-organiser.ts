import { z } from "zod";
import { toFieldErrors } from "../../domain/field-errors.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findOrganisedNetwork } from "./network-access.ts";

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email({ message: "errors.email" }),
});

/**
 * An organiser invites someone by email to organise the network with them. The email links
 * to a page whose button accepts; it grants the role only to a signed-in account that has
 * verified this very address (acceptOrganiserInvitation).
 */
export async function inviteNetworkOrganiser(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { slug: string; email: string },
): Promise<Result<{ email: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const network = await findOrganisedNetwork(repositories, actor, input.slug);
    if (!actor || !network) return fail({ code: "not_found" });
    const parsed = inviteSchema.safeParse(input);
    if (!parsed.success) return fail({ code: "invalid", fieldErrors: toFieldErrors(parsed.error) });
    const email = parsed.data.email;
    const now = deps.clock.now();
    const [inviter, invitee] = await Promise.all([
      repositories.users.findById(actor.userId),
      repositories.users.findByEmail(email),
    ]);
    const invitationId = await repositories.networks.upsertInvitation({
      id: deps.ids.newId(),
      networkId: network.id,
      email,
      invitedBy: actor.userId,
      createdAt: now,
    });
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: email,
        toName: invitee?.name ?? "",
        locale:
          invitee?.locale ?? network.languages.find((l) => ["en", "es", "fr"].includes(l)) ?? "en",
        dedupeKey: `network-organiser-invitation:${invitationId}:${now.getTime()}`,
        message: {
          kind: "network-organiser-invitation",
          networkName: network.name,
          inviterName: inviter?.name ?? "",
          acceptUrl: `${deps.baseUrl}/networks/invitations/${invitationId}`,
        },
      },
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "network.organiser_invited",
      subjectType: "network",
      subjectId: network.id,
      data: { email },
      createdAt: now,
    });
    return ok({ email });
  });
}
