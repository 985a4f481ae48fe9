import {
  isRsvpAnswer,
  sessionEndsAt,
  type RsvpAnswer,
} from "../../domain/sessions/group-session.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findRoundParticipant } from "./find-round-participant.ts";

/**
 * A participant says whether they come to a session: yes, maybe or no. A later answer
 * replaces the earlier one (one row per session and person). "No" also stops its reminder.
 */
export async function answerSessionRsvp(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; sessionId: string; answer: string },
): Promise<Result<{ answer: RsvpAnswer }>> {
  return deps.uow.transaction(async (repositories) => {
    const member = await findRoundParticipant(repositories, actor, input.roundId);
    const session = member && (await repositories.sessions.findById(input.sessionId));
    if (!member || !session || session.roundId !== input.roundId)
      return fail({ code: "not_found" });
    if (!isRsvpAnswer(input.answer))
      return fail({ code: "invalid", fieldErrors: { answer: { key: "errors.invalidChoice" } } });
    if (session.status === "cancelled") return fail({ code: "conflict", reason: "cancelled" });
    const now = deps.clock.now();
    if (sessionEndsAt(session) <= now) return fail({ code: "conflict", reason: "ended" });
    await repositories.sessions.saveRsvp({
      sessionId: session.id,
      applicationId: member.applicationId,
      answer: input.answer,
      answeredAt: now,
    });
    return ok({ answer: input.answer });
  });
}
