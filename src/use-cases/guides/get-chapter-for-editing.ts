/** A chapter as its writer opens it: its latest text and the version it is at. */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess, type GuideAccess } from "./guide-access.ts";
import type { ChapterRecord } from "./guide-ports.ts";

export interface ChapterForEditing {
  guide: GuideAccess["guide"];
  role: GuideAccess["role"];
  chapter: ChapterRecord;
}

export async function getChapterForEditing(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; chapterId: string },
): Promise<Result<ChapterForEditing>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  const chapter =
    access && (await deps.uow.read.guides.findChapter(access.guide.id, input.chapterId));
  if (!access || !chapter) return fail({ code: "not_found" });
  return ok({ guide: access.guide, role: access.role, chapter });
}
