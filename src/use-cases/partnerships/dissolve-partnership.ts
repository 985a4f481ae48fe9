/**
 * A facilitator dissolves a partnership (after confirming): it is marked dissolved and
 * closed, its members leave it (each may be matched again), its open follow-up ends
 * "dissolved"; audited. Nobody is emailed here: the re-match introduces the new partners.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedPartnership } from "./find-follow-up.ts";

export async function dissolvePartnership(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; partnershipId: string },
): Promise<Result<{ freed: string[] }>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round) return fail({ code: "not_found" });
    const found = await findFacilitatedPartnership(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const { partnership, openFollowUp } = found;
    if (partnership.status !== "active") return fail({ code: "conflict", reason: "not_active" });
    const now = deps.clock.now();
    const freed = partnership.members.filter((m) => m.leftAt === null).map((m) => m.applicationId);
    await repositories.checkIns.dissolve(partnership.id, now);
    if (openFollowUp)
      await repositories.checkIns.closeFollowUp(
        openFollowUp.id,
        "dissolved",
        now,
        actor?.userId ?? null,
      );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "partnership.dissolved",
      subjectType: "partnership",
      subjectId: partnership.id,
      data: { members: freed, followUpId: openFollowUp?.id ?? null },
      createdAt: now,
    });
    return ok({ freed });
  });
}
