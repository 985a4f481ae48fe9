import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedProgramme } from "./find-facilitated-topic.ts";
import type { TopicRecord } from "./topic-ports.ts";

/** A page of a programme's topic library (or of its archived topics), for its facilitators. */
export async function listTopics(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { programmeId: string; archived: boolean; page: { offset: number; limit: number } },
): Promise<
  Result<{
    programme: ProgrammeRecord;
    topics: Page<TopicRecord>;
    counts: { active: number; archived: number };
    /** Whether the facilitators published the library as open data (decision 0020). */
    openData: boolean;
  }>
> {
  const repositories = deps.uow.read;
  const programme = await findFacilitatedProgramme(repositories, actor, input.programmeId);
  if (!programme) return fail({ code: "not_found" });
  const [topics, counts, openData] = await Promise.all([
    repositories.topics.listByProgramme(programme.id, { archived: input.archived }, input.page),
    repositories.topics.countByProgramme(programme.id),
    repositories.openData.isTopicLibraryOpen(programme.id),
  ]);
  return ok({ programme, topics, counts, openData });
}
