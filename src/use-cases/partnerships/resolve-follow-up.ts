/** A facilitator marks a partnership's open follow-up resolved; audited. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedPartnership } from "./find-follow-up.ts";

export async function resolveFollowUp(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; partnershipId: string },
): Promise<Result<{ followUpId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedPartnership(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const open = found.openFollowUp;
    if (!open) return fail({ code: "conflict", reason: "not_open" });
    const now = deps.clock.now();
    await repositories.checkIns.closeFollowUp(open.id, "resolved", now, actor?.userId ?? null);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "follow_up.resolved",
      subjectType: "partnership",
      subjectId: found.partnership.id,
      data: { followUpId: open.id, reason: open.reason },
      createdAt: now,
    });
    return ok({ followUpId: open.id });
  });
}
