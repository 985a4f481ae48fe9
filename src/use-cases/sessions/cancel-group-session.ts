import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSession } from "./find-facilitated-session.ts";
import type { GroupSessionRecord } from "./session-ports.ts";

/**
 * A facilitator cancels a session (after a confirmation page). It stays in the calendar
 * feed as STATUS:CANCELLED with a higher SEQUENCE, so subscribed apps take it off; no
 * reminder goes out for it. Cancelling it again changes nothing.
 */
export async function cancelGroupSession(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; sessionId: string },
): Promise<Result<GroupSessionRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSession(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const { session } = found;
    if (session.status === "cancelled") return ok(session);
    const now = deps.clock.now();
    const cancelled: GroupSessionRecord = {
      ...session,
      status: "cancelled",
      sequence: session.sequence + 1,
      updatedAt: now,
    };
    await repositories.sessions.update(cancelled);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "group_session.cancelled",
      subjectType: "group_session",
      subjectId: session.id,
      data: { roundId: session.roundId, title: session.title, sequence: cancelled.sequence },
      createdAt: now,
    });
    return ok(cancelled);
  });
}
