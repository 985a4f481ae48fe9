/**
 * A chapter's history: every saved version (who, when, what kind), two versions compared
 * line by line, and restoring a version as a new one with exactly its text.
 */
import { diffLines, type DiffLine } from "../../domain/guides/line-diff.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { creditNameOf, findGuideAccess, type GuideAccess } from "./guide-access.ts";
import type { ChapterRecord, RevisionRecord } from "./guide-ports.ts";

export const REVISIONS_PER_PAGE = 20;

export interface ChapterHistory {
  guide: GuideAccess["guide"];
  chapter: ChapterRecord;
  revisions: Page<RevisionRecord>;
  versions: number[];
  /** The two versions compared, when asked. */
  comparison: {
    from: RevisionRecord;
    to: RevisionRecord;
    titleChanged: boolean;
    lines: DiffLine[];
  } | null;
}

export async function getChapterHistory(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; chapterId: string; page: number; compare: [number, number] | null },
): Promise<Result<ChapterHistory>> {
  const read = deps.uow.read;
  const access = await findGuideAccess(read, actor, input.slug);
  const chapter = access && (await read.guides.findChapter(access.guide.id, input.chapterId));
  if (!access || !chapter) return fail({ code: "not_found" });
  const revisions = await read.guides.listRevisions(chapter.id, {
    offset: (input.page - 1) * REVISIONS_PER_PAGE,
    limit: REVISIONS_PER_PAGE,
  });
  let comparison: ChapterHistory["comparison"] = null;
  if (input.compare) {
    const [from, to] = await Promise.all(
      input.compare.map((v) => read.guides.findRevision(chapter.id, v)),
    );
    if (from && to)
      comparison = {
        from,
        to,
        titleChanged: from.title !== to.title,
        lines: diffLines(from.body, to.body),
      };
  }
  return ok({
    guide: access.guide,
    chapter,
    revisions,
    versions: await read.guides.listVersions(chapter.id),
    comparison,
  });
}

/** Brings back a version's exact title and text as the chapter's next version (kind "restore"). */
export async function restoreChapterVersion(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor,
  input: { slug: string; chapterId: string; version: number },
): Promise<Result<{ version: number }>> {
  const read = deps.uow.read;
  const access = await findGuideAccess(read, actor, input.slug);
  const chapter = access && (await read.guides.findChapter(access.guide.id, input.chapterId));
  const old = chapter && (await read.guides.findRevision(chapter.id, input.version));
  if (!access || !chapter || !old) return fail({ code: "not_found" });
  const creditName = await creditNameOf(read, actor);
  return deps.uow.transaction(async (repositories) => {
    // A restore changes no one's text for good (every version stays), so it goes on top of
    // whatever is latest; a save landing at the same moment makes it try once more.
    for (let attempt = 0; attempt < 3; attempt++) {
      const latest = await repositories.guides.findChapter(access.guide.id, chapter.id);
      if (!latest) return fail({ code: "not_found" });
      const version = await repositories.guides.saveChapter({
        chapterId: chapter.id,
        expectedVersion: latest.version,
        title: old.title,
        body: old.body,
        authorId: actor.userId,
        creditName,
        kind: "restore",
        restoredFrom: old.version,
        at: deps.clock.now(),
      });
      if (version !== undefined) return ok({ version });
    }
    return fail({ code: "conflict", reason: "busy" });
  });
}
