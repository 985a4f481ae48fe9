/** A facilitator writes to every member of a partnership from the follow-up list; audited. */
import { aboutProgramme, enqueueEmails } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedPartnership } from "./find-follow-up.ts";

export const MAX_FACILITATOR_MESSAGE = 5000;

export async function writeToPartnership(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { roundId: string; partnershipId: string; message: string },
): Promise<Result<{ recipients: number }>> {
  const message = input.message.trim();
  if (!message)
    return fail({ code: "invalid", fieldErrors: { message: { key: "errors.required" } } });
  if (message.length > MAX_FACILITATOR_MESSAGE)
    return fail({
      code: "invalid",
      fieldErrors: { message: { key: "errors.tooLong", values: { max: MAX_FACILITATOR_MESSAGE } } },
    });
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedPartnership(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const { round, programme, partnership } = found;
    const now = deps.clock.now();
    const author = actor ? await repositories.users.findById(actor.userId) : undefined;
    const members = partnership.members.filter((m) => m.leftAt === null);
    const messageId = deps.ids.newId();
    await enqueueEmails(
      repositories,
      { ...deps, now },
      members.map((member) => ({
        to: member.email,
        toName: member.name,
        locale: member.locale,
        dedupeKey: `facilitator-message:${messageId}:${member.applicationId}`,
        ...aboutProgramme(programme),
        message: {
          kind: "facilitator-message" as const,
          recipientName: member.name,
          roundName: round.name,
          programmeName: programme.name,
          facilitatorName: author?.name ?? "",
          message,
        },
      })),
    );
    await repositories.audit.record({
      id: messageId,
      actorUserId: actor?.userId ?? null,
      action: "partnership.messaged",
      subjectType: "partnership",
      subjectId: partnership.id,
      data: { recipients: members.length, followUpId: found.openFollowUp?.id ?? null },
      createdAt: now,
    });
    return ok({ recipients: members.length });
  });
}
