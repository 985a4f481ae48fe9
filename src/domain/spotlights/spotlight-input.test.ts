import { describe, expect, it } from "vitest";
import { EMPTY_SPOTLIGHT_FORM, parseSpotlightInput } from "./spotlight-input.ts";

const valid = {
  ...EMPTY_SPOTLIGHT_FORM,
  title: "Story time in three languages",
  body: "Lucía's **bilingual** story time doubled our Saturday visits.",
  subjectName: "Lucía Hernández",
  subjectEmail: "Lucia@Example.org",
};

describe("parseSpotlightInput", () => {
  it("takes a colleague invited by name and email (address lower-cased)", () => {
    const parsed = parseSpotlightInput(valid);
    expect(parsed.ok && parsed.value.subject).toEqual({
      kind: "email",
      name: "Lucía Hernández",
      email: "lucia@example.org",
    });
  });

  it("takes a colleague named by account without name or email", () => {
    const parsed = parseSpotlightInput({
      ...valid,
      subjectName: "",
      subjectEmail: "",
      subjectUserId: "u-42",
    });
    expect(parsed.ok && parsed.value.subject).toEqual({ kind: "account", userId: "u-42" });
  });

  it("reports every problem beside its field", () => {
    const parsed = parseSpotlightInput({
      ...EMPTY_SPOTLIGHT_FORM,
      body: "<b>bold</b>",
      linkUrl: "javascript:alert(1)",
      imageUrl: "http://images.example.org/a.jpg",
      subjectEmail: "not an address",
    });
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(Object.keys(parsed.fieldErrors).sort()).toEqual([
      "body",
      "imageAlt",
      "imageUrl",
      "linkUrl",
      "subjectEmail",
      "subjectName",
      "title",
    ]);
    expect(parsed.fieldErrors.body?.key).toBe("news:errors.rawHtml");
    expect(parsed.fieldErrors.imageUrl?.key).toBe("spotlights:errors.imageHttps");
    expect(parsed.fieldErrors.imageAlt?.key).toBe("spotlights:errors.imageAlt");
  });

  it("keeps an image with its alt text, and drops alt text without an image", () => {
    const withImage = parseSpotlightInput({
      ...valid,
      imageUrl: "https://images.example.org/a.jpg",
      imageAlt: "Children listening to a story",
    });
    expect(withImage.ok && withImage.value.imageAlt).toBe("Children listening to a story");
    const without = parseSpotlightInput({ ...valid, imageAlt: "left over" });
    expect(without.ok && without.value.imageAlt).toBe("");
  });
});

describe("null bytes", () => {
  it("drops them (the database refuses them in text)", () => {
    const parsed = parseSpotlightInput({ ...valid, title: "Story\0 time" });
    expect(parsed.ok && parsed.value.title).toBe("Story time");
  });
});
