import { z } from "zod";
import { toFieldErrors } from "../../domain/field-errors.ts";
import { canFacilitate } from "../authorise.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import { grantFacilitatorInvitations } from "./grant-facilitator-invitations.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254).email({ message: "errors.email" }),
});

/**
 * An administrator or facilitator invites someone to facilitate a programme. An account that
 * has proved it owns the address gets the role at once; otherwise the role is granted when an
 * account proves it (signs up and verifies, or signs in with an emailed link).
 */
export async function inviteFacilitator(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { programmeId: string; email: string },
): Promise<Result<{ granted: boolean }>> {
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return fail({ code: "invalid", fieldErrors: toFieldErrors(parsed.error) });
  const email = parsed.data.email;
  return deps.uow.transaction(async (repositories) => {
    const programme = await repositories.programmes.findById(input.programmeId);
    if (!programme) return fail({ code: "not_found" });
    if (!actor || !(await canFacilitate(repositories, actor, programme.id)))
      // Decision 0003: another programme\'s things look like things that do not exist.
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    const inviter = await repositories.users.findById(actor.userId);
    const invitee = await repositories.users.findByEmail(email);
    await repositories.programmes.upsertInvitation({
      id: deps.ids.newId(),
      programmeId: programme.id,
      email,
      invitedBy: actor.userId,
    });
    // The role reaches an account only once it has proved the address; an unverified one
    // gets it when it verifies (acceptFacilitatorInvitations).
    const granted = invitee?.emailVerified
      ? await grantFacilitatorInvitations(repositories, deps, invitee, now)
      : [];
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: email,
        toName: invitee?.name ?? "",
        locale: invitee?.locale ?? programme.defaultLanguage,
        dedupeKey: `facilitator-invitation:${programme.id}:${email}:${now.getTime()}`,
        message: {
          kind: "facilitator-invitation",
          programmeName: programme.name,
          inviterName: inviter?.name ?? "",
          signInUrl: `${deps.baseUrl}/${invitee ? "sign-in" : "sign-up"}?email=${encodeURIComponent(email)}`,
        },
      },
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "programme.facilitator_invited",
      subjectType: "programme",
      subjectId: programme.id,
      data: { email },
      createdAt: now,
    });
    return ok({ granted: granted.length > 0 });
  });
}
