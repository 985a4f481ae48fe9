/**
 * The guide as its writers see it: every chapter with its authors, its latest version and
 * whether the published guide shows an older one. For the facilitators, by round (the
 * round's guide page, guide null until started); for every writer, by slug.
 */
import { canFacilitate } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess, type WriterRole } from "./guide-access.ts";
import type { ChapterAuthorRecord, ChapterRecord, GuideRecord } from "./guide-ports.ts";

export interface GuideWorkspace {
  guide: GuideRecord;
  role: WriterRole;
  roundId: string;
  roundName: string;
  chapters: (Omit<ChapterRecord, "body"> & { authors: ChapterAuthorRecord[]; empty: boolean })[];
}

async function workspaceOf(
  deps: Pick<UseCaseDeps, "uow">,
  guide: GuideRecord,
  role: WriterRole,
  round: { id: string; name: string },
): Promise<GuideWorkspace> {
  const chapters = await deps.uow.read.guides.listChapters(guide.id);
  return {
    guide,
    role,
    roundId: round.id,
    roundName: round.name,
    chapters: chapters.map(({ body, ...chapter }) => ({ ...chapter, empty: body.trim() === "" })),
  };
}

export async function getGuideWorkspace(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<GuideWorkspace>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  if (!access) return fail({ code: "not_found" });
  return ok(await workspaceOf(deps, access.guide, access.role, access.round));
}

export async function getRoundGuide(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  input: { roundId: string },
): Promise<Result<{ roundName: string; workspace: GuideWorkspace | null }>> {
  const round = await deps.uow.read.rounds.findById(input.roundId);
  if (!round || !(await canFacilitate(deps.uow.read, actor, round.programmeId)))
    return fail({ code: "not_found" });
  const guide = await deps.uow.read.guides.findByRound(round.id);
  return ok({
    roundName: round.name,
    workspace: guide ? await workspaceOf(deps, guide, "facilitator", round) : null,
  });
}
