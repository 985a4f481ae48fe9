import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedTopic } from "./find-facilitated-topic.ts";

/**
 * A facilitator archives a topic (after confirming) or brings it back. An archived topic
 * leaves the library and new rounds' default schedules; schedules that already name it keep
 * it, and nothing already sent changes.
 */
export async function archiveTopic(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; topicId: string; archived: boolean },
): Promise<Result<{ archived: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedTopic(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    if (found.topic.archived === input.archived) return ok({ archived: input.archived });
    const now = deps.clock.now();
    await repositories.topics.setArchived(found.topic.id, input.archived, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: input.archived ? "topic.archived" : "topic.restored",
      subjectType: "topic",
      subjectId: found.topic.id,
      createdAt: now,
    });
    return ok({ archived: input.archived });
  });
}
