import { canFacilitate } from "../authorise.ts";
import type { ReadRepositories } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { Actor } from "../result.ts";
import type { TopicRecord } from "./topic-ports.ts";

/**
 * A programme the actor facilitates, or undefined: unknown and forbidden look alike, so
 * nobody learns which programmes exist.
 */
export async function findFacilitatedProgramme(
  repositories: ReadRepositories,
  actor: Actor | null,
  programmeId: string,
): Promise<ProgrammeRecord | undefined> {
  const programme = await repositories.programmes.findById(programmeId);
  if (!programme || !(await canFacilitate(repositories, actor, programme.id))) return undefined;
  return programme;
}

/** A topic of that programme, for one of its facilitators; a topic of another programme is not found. */
export async function findFacilitatedTopic(
  repositories: ReadRepositories,
  actor: Actor | null,
  ids: { programmeId: string; topicId: string },
): Promise<{ programme: ProgrammeRecord; topic: TopicRecord } | undefined> {
  const programme = await findFacilitatedProgramme(repositories, actor, ids.programmeId);
  if (!programme) return undefined;
  const topic = await repositories.topics.findById(ids.topicId);
  return topic && topic.programmeId === programme.id ? { programme, topic } : undefined;
}
