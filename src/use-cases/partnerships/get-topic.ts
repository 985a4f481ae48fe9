import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedTopic } from "./find-facilitated-topic.ts";
import type { TopicRecord } from "./topic-ports.ts";

/** One topic of a programme's library with all its texts, for the programme's facilitators. */
export async function getTopic(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { programmeId: string; topicId: string },
): Promise<Result<{ programme: ProgrammeRecord; topic: TopicRecord }>> {
  const found = await findFacilitatedTopic(deps.uow.read, actor, input);
  return found ? ok(found) : fail({ code: "not_found" });
}
