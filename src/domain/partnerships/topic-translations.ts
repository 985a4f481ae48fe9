/**
 * A topic is written in the programme's default language and may be translated into the other
 * interface languages. These rules check what a facilitator typed and choose the text each
 * reader gets.
 */
import type { FieldErrors } from "../field-errors.ts";

/** The interface languages, in which a topic can be written. */
export const TOPIC_LOCALES = ["en", "es", "fr"] as const;
export type TopicLocale = (typeof TOPIC_LOCALES)[number];

export const TOPIC_TITLE_MAX = 120;
export const TOPIC_PROMPT_MAX = 5000;

export interface TopicText {
  locale: string;
  title: string;
  promptMarkdown: string;
}

/** What the form sends: per language a title and a prompt, possibly empty. */
export type TopicTextInput = Partial<Record<string, { title?: string; prompt?: string }>>;

/**
 * The translations to keep, or errors keyed `<locale>.title` / `<locale>.prompt`. The default
 * language needs both; another language is optional but, once started, needs both too.
 */
export function parseTopicTexts(
  input: TopicTextInput,
  defaultLanguage: string,
): { ok: true; texts: TopicText[] } | { ok: false; fieldErrors: FieldErrors } {
  const errors: FieldErrors = {};
  const texts: TopicText[] = [];
  const locales = [
    defaultLanguage,
    ...TOPIC_LOCALES.filter((locale) => locale !== defaultLanguage),
  ];
  for (const locale of locales) {
    const title = (input[locale]?.title ?? "").replace(/\s+/g, " ").trim();
    const prompt = (input[locale]?.prompt ?? "").replace(/\r\n?/g, "\n").trim();
    const required = locale === defaultLanguage || title !== "" || prompt !== "";
    if (!required) continue;
    const incomplete =
      locale === defaultLanguage ? "errors.required" : "topics:form.errors.translationIncomplete";
    if (!title) errors[`${locale}.title`] = { key: incomplete };
    else if (title.length > TOPIC_TITLE_MAX)
      errors[`${locale}.title`] = { key: "errors.tooLong", values: { max: TOPIC_TITLE_MAX } };
    if (!prompt) errors[`${locale}.prompt`] = { key: incomplete };
    else if (prompt.length > TOPIC_PROMPT_MAX)
      errors[`${locale}.prompt`] = { key: "errors.tooLong", values: { max: TOPIC_PROMPT_MAX } };
    texts.push({ locale, title, promptMarkdown: prompt });
  }
  return Object.keys(errors).length > 0 ? { ok: false, fieldErrors: errors } : { ok: true, texts };
}

/**
 * The text a reader gets: in their language when the topic has it, else in the programme's
 * default language (always written), else whatever there is.
 */
export function topicTextFor<T extends { locale: string }>(
  texts: readonly T[],
  wanted: string,
  defaultLanguage: string,
): T | undefined {
  return (
    texts.find((t) => t.locale === wanted) ??
    texts.find((t) => t.locale === defaultLanguage) ??
    texts[0]
  );
}
