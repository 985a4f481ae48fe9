import {
  parseTopicTexts,
  type TopicTextInput,
} from "../../domain/partnerships/topic-translations.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedProgramme } from "./find-facilitated-topic.ts";
import type { TopicRecord } from "./topic-ports.ts";

/**
 * A facilitator adds a topic to the end of the programme's library: a title and a Markdown
 * prompt in the programme's default language, and any translations.
 */
export async function createTopic(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; texts: TopicTextInput },
): Promise<Result<Omit<TopicRecord, "position">>> {
  return deps.uow.transaction(async (repositories) => {
    const programme = await findFacilitatedProgramme(repositories, actor, input.programmeId);
    if (!programme) return fail({ code: "not_found" });
    const parsed = parseTopicTexts(input.texts, programme.defaultLanguage);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    const topic = {
      id: deps.ids.newId(),
      programmeId: programme.id,
      archived: false,
      createdAt: now,
      updatedAt: now,
      texts: parsed.texts,
    };
    await repositories.topics.insert(topic);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "topic.created",
      subjectType: "topic",
      subjectId: topic.id,
      data: { programmeId: programme.id, locales: parsed.texts.map((t) => t.locale) },
      createdAt: now,
    });
    return ok(topic);
  });
}
