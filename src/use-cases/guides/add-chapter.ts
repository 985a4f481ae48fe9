/** A facilitator adds a chapter at the end of the guide; the writers fill it in. */
import { parseChapterTitle } from "../../domain/guides/guide-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess } from "./guide-access.ts";

export async function addChapter(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
  input: { slug: string; title: string },
): Promise<Result<{ chapterId: string }>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  if (!access || access.role !== "facilitator") return fail({ code: "not_found" });
  const parsed = parseChapterTitle({ title: input.title });
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  const chapterId = deps.ids.newId();
  await deps.uow.transaction(async (repositories) => {
    // Two chapters added at once take the next places one after the other.
    await repositories.guides.lock(access.guide.id);
    await repositories.guides.insertChapter({
      id: chapterId,
      guideId: access.guide.id,
      title: parsed.value.title,
      body: "",
      version: 0,
      publishedVersion: null,
      updatedAt: deps.clock.now(),
    });
  });
  return ok({ chapterId });
}
