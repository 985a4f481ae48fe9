import { changedDetails } from "../../domain/sessions/group-session.ts";
import { parseSessionInput, type SessionFormValues } from "../../domain/sessions/session-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSession } from "./find-facilitated-session.ts";
import type { GroupSessionRecord } from "./session-ports.ts";

/**
 * A facilitator changes a session. Any change a calendar shows raises SEQUENCE (RFC 5545
 * §3.8.7.4), so subscribed apps replace their copy; saving without a change writes nothing.
 * A new start time also sends the reminder again (for the new time, at the right moment).
 */
export async function editGroupSession(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; sessionId: string; values: SessionFormValues },
): Promise<Result<{ session: GroupSessionRecord; changed: string[] }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSession(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const { session } = found;
    if (session.status === "cancelled") return fail({ code: "conflict", reason: "cancelled" });
    const parsed = parseSessionInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const changed = changedDetails(session, parsed.value);
    if (changed.length === 0) return ok({ session, changed });
    const now = deps.clock.now();
    if (changed.includes("startsAt") && parsed.value.startsAt <= now)
      return fail({
        code: "invalid",
        fieldErrors: { startsAtLocal: { key: "sessions:errors.inPast" } },
      });
    const updated: GroupSessionRecord = {
      ...session,
      ...parsed.value,
      sequence: session.sequence + 1,
      reminderSentAt: changed.includes("startsAt") ? null : session.reminderSentAt,
      updatedAt: now,
    };
    await repositories.sessions.update(updated);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "group_session.edited",
      subjectType: "group_session",
      subjectId: session.id,
      data: { roundId: session.roundId, changed, sequence: updated.sequence },
      createdAt: now,
    });
    return ok({ session: updated, changed });
  });
}
