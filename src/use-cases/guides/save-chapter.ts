/**
 * A writer saves a chapter, naming the version they started from. If nobody saved in
 * between, it becomes the next version; if someone did, nothing is written and the writer
 * gets the other person's text to merge with theirs (never lost: their own text comes back
 * to them, the other's is in the history). A merged save names the version it merged with
 * and is kept as a revision of kind "merge". The check and the write are one conditional
 * update, so of two saves at the same moment exactly one wins.
 */
import { parseChapterInput, type ChapterValues } from "../../domain/guides/guide-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { creditNameOf, findGuideAccess } from "./guide-access.ts";
import type { RevisionRecord } from "./guide-ports.ts";

export type SaveChapterOutcome =
  | { status: "saved"; version: number }
  /** Someone saved since `baseVersion`: theirs is `current`; nothing was written. */
  | { status: "conflict"; current: RevisionRecord; yours: ChapterValues };

export async function saveChapter(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor,
  input: {
    slug: string;
    chapterId: string;
    baseVersion: number;
    values: ChapterValues;
    /** The writer merged their text with the version they were shown. */
    merge: boolean;
  },
): Promise<Result<SaveChapterOutcome>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  const chapter =
    access && (await deps.uow.read.guides.findChapter(access.guide.id, input.chapterId));
  if (!access || !chapter) return fail({ code: "not_found" });
  const parsed = parseChapterInput(input.values);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  const creditName = await creditNameOf(deps.uow.read, actor);
  return deps.uow.transaction(async (repositories) => {
    const version = await repositories.guides.saveChapter({
      chapterId: chapter.id,
      expectedVersion: input.baseVersion,
      title: parsed.value.title,
      body: parsed.value.body,
      authorId: actor.userId,
      creditName,
      kind: input.merge ? "merge" : "edit",
      restoredFrom: null,
      at: deps.clock.now(),
    });
    if (version !== undefined) return ok({ status: "saved", version });
    const now = await repositories.guides.findChapter(access.guide.id, chapter.id);
    const current = now && (await repositories.guides.findRevision(chapter.id, now.version));
    if (!current) return fail({ code: "not_found" });
    return ok({ status: "conflict", current, yours: parsed.value });
  });
}
