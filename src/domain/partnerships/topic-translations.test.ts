import { describe, expect, it } from "vitest";
import { parseTopicTexts, topicTextFor } from "./topic-translations.ts";

describe("a topic's texts", () => {
  it("needs a title and a prompt in the programme's default language", () => {
    expect(parseTopicTexts({}, "es")).toEqual({
      ok: false,
      fieldErrors: {
        "es.title": { key: "errors.required" },
        "es.prompt": { key: "errors.required" },
      },
    });
  });

  it("keeps the default language first, skips empty translations and tidies spaces", () => {
    const parsed = parseTopicTexts(
      {
        en: { title: "  Getting \n to know you ", prompt: "Tell each other.\r\n\r\nWhy?  " },
        fr: { title: "", prompt: "   " },
        es: { title: "Conocerse", prompt: "Contad." },
      },
      "en",
    );
    expect(parsed).toEqual({
      ok: true,
      texts: [
        { locale: "en", title: "Getting to know you", promptMarkdown: "Tell each other.\n\nWhy?" },
        { locale: "es", title: "Conocerse", promptMarkdown: "Contad." },
      ],
    });
  });

  it("asks for the missing half of a started translation", () => {
    expect(
      parseTopicTexts({ en: { title: "A", prompt: "B" }, fr: { title: "Titre" } }, "en"),
    ).toEqual({
      ok: false,
      fieldErrors: { "fr.prompt": { key: "topics:form.errors.translationIncomplete" } },
    });
  });

  it("limits titles to 120 and prompts to 5,000 characters", () => {
    const ok = parseTopicTexts({ en: { title: "t".repeat(120), prompt: "p".repeat(5000) } }, "en");
    expect(ok.ok).toBe(true);
    expect(
      parseTopicTexts({ en: { title: "t".repeat(121), prompt: "p".repeat(5001) } }, "en"),
    ).toEqual({
      ok: false,
      fieldErrors: {
        "en.title": { key: "errors.tooLong", values: { max: 120 } },
        "en.prompt": { key: "errors.tooLong", values: { max: 5000 } },
      },
    });
  });

  it("ignores languages that are not interface languages", () => {
    expect(
      parseTopicTexts({ en: { title: "A", prompt: "B" }, de: { title: "X", prompt: "Y" } }, "en"),
    ).toEqual({ ok: true, texts: [{ locale: "en", title: "A", promptMarkdown: "B" }] });
  });
});

describe("the text a reader gets", () => {
  const texts = [
    { locale: "en", title: "Hello" },
    { locale: "es", title: "Hola" },
  ];
  it("is in their language when written, else in the programme's default language", () => {
    expect(topicTextFor(texts, "es", "en")?.title).toBe("Hola");
    expect(topicTextFor(texts, "fr", "en")?.title).toBe("Hello");
    expect(topicTextFor(texts, "fr", "es")?.title).toBe("Hola");
    expect(topicTextFor([], "fr", "es")).toBeUndefined();
  });
});
