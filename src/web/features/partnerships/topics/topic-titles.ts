import { topicTextFor } from "../../../../domain/partnerships/topic-translations.ts";
import type { TopicRecord } from "../../../../use-cases/partnerships/topic-ports.ts";

/** A topic as a facilitator's page lists it: its title in the reader's language if written. */
export function topicSummary(topic: TopicRecord, locale: string, defaultLanguage: string) {
  const text = topicTextFor(topic.texts, locale, defaultLanguage);
  return {
    id: topic.id,
    title: text?.title ?? "",
    /** The language of `title`, for its `lang` attribute. */
    titleLocale: text?.locale ?? defaultLanguage,
    locales: topic.texts.map((t) => t.locale),
    archived: topic.archived,
    updatedAt: topic.updatedAt,
  };
}
