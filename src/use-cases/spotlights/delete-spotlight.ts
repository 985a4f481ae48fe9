import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** The author deletes their own spotlight, whatever its status; its thanks go with it. */
export async function deleteSpotlight(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { id: string },
): Promise<Result<{ deleted: true }>> {
  return deps.uow.transaction(async (repositories) => {
    const spotlight = await repositories.spotlights.findById(input.id);
    if (!actor || !spotlight || spotlight.authorId !== actor.userId)
      return fail({ code: "not_found" });
    await repositories.spotlights.delete(spotlight.id);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "spotlight.deleted",
      subjectType: "spotlight",
      subjectId: spotlight.id,
      data: { status: spotlight.status },
      createdAt: deps.clock.now(),
    });
    return ok({ deleted: true });
  });
}
