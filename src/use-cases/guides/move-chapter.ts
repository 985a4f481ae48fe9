/** A facilitator moves a chapter one place up or down. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess } from "./guide-access.ts";

export async function moveChapter(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  input: { slug: string; chapterId: string; direction: "up" | "down" },
): Promise<Result<null>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  if (!access || access.role !== "facilitator") return fail({ code: "not_found" });
  return deps.uow.transaction(async (repositories) => {
    await repositories.guides.lock(access.guide.id);
    const chapters = await repositories.guides.listChapters(access.guide.id);
    const at = chapters.findIndex((c) => c.id === input.chapterId);
    if (at < 0) return fail({ code: "not_found" });
    const other = chapters[input.direction === "up" ? at - 1 : at + 1];
    // Already first or last: nothing to do.
    if (other) await repositories.guides.swapPositions(access.guide.id, input.chapterId, other.id);
    return ok(null);
  });
}
