import {
  parseTopicTexts,
  type TopicTextInput,
} from "../../domain/partnerships/topic-translations.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedTopic } from "./find-facilitated-topic.ts";
import type { TopicRecord } from "./topic-ports.ts";

/**
 * A facilitator edits a topic's texts (a translation left empty is removed). Topics already
 * sent keep what their emails said; the partnership page shows the topic as it is now.
 */
export async function updateTopic(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; topicId: string; texts: TopicTextInput },
): Promise<Result<TopicRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedTopic(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    const parsed = parseTopicTexts(input.texts, found.programme.defaultLanguage);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    await repositories.topics.updateTexts(found.topic.id, parsed.texts, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "topic.updated",
      subjectType: "topic",
      subjectId: found.topic.id,
      data: { locales: parsed.texts.map((t) => t.locale) },
      createdAt: now,
    });
    return ok({ ...found.topic, texts: parsed.texts, updatedAt: now });
  });
}
