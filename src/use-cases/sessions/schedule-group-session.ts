import { parseSessionInput, type SessionFormValues } from "../../domain/sessions/session-input.ts";
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { GroupSessionRecord } from "./session-ports.ts";

/** A facilitator schedules a group session for everyone in a round. */
export async function scheduleGroupSession(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; values: SessionFormValues },
): Promise<Result<GroupSessionRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.findById(input.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    const parsed = parseSessionInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    if (parsed.value.startsAt <= now)
      return fail({
        code: "invalid",
        fieldErrors: { startsAtLocal: { key: "sessions:errors.inPast" } },
      });
    const session: GroupSessionRecord = {
      ...parsed.value,
      id: deps.ids.newId(),
      roundId: round.id,
      status: "scheduled",
      sequence: 0,
      reminderSentAt: null,
      createdBy: actor?.userId ?? null,
      createdAt: now,
      updatedAt: now,
    };
    await repositories.sessions.insert(session);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "group_session.scheduled",
      subjectType: "group_session",
      subjectId: session.id,
      data: { roundId: round.id, title: session.title, startsAt: session.startsAt.toISOString() },
      createdAt: now,
    });
    return ok(session);
  });
}
