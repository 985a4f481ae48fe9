import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkNewsMarkdown } from "./news-markdown.ts";
import { parseNewsPostInput, NEWS_BODY_MAX } from "./news-post-input.ts";
import { isoWeek } from "./iso-week.ts";

describe("checkNewsMarkdown", () => {
  it("accepts ordinary Markdown with https images that have alt text", () => {
    expect(
      checkNewsMarkdown(
        "## Our visit\n\n![Pupils reading in the new corner](https://example.org/a.jpg)\n\n" +
          "- [Notes](https://example.org/notes)\n- <mailto:team@example.org>\n\n| a | b |\n|---|---|\n| [x](http://example.org) | 2 |",
      ),
    ).toBeUndefined();
  });

  it("names the image that has no alt text, wherever it is", () => {
    for (const source of [
      "![](https://example.org/first.jpg)",
      "> quoted\n>\n> - ![ ](https://example.org/first.jpg)",
      "| a |\n|---|\n| ![](https://example.org/first.jpg) |",
      "[![](https://example.org/first.jpg)](https://example.org)",
    ])
      expect(checkNewsMarkdown(source), source).toEqual({
        key: "news:errors.imageAlt",
        values: { image: "https://example.org/first.jpg" },
      });
  });

  it("refuses images not on https, and unsafe links", () => {
    expect(checkNewsMarkdown("![A photo](http://example.org/a.jpg)")?.key).toBe(
      "news:errors.imageHttps",
    );
    expect(checkNewsMarkdown("![A photo](data:image/png;base64,AAAA)")?.key).toBe(
      "news:errors.imageHttps",
    );
    for (const source of [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click](data:text/html;base64,PHNjcmlwdD4=)",
      "[click][ref]\n\n[ref]: vbscript:msgbox(1)",
      "[click](/relative/path)",
    ])
      expect(checkNewsMarkdown(source)?.key, source).toBe("news:errors.linkScheme");
  });

  it("refuses raw HTML, naming it", () => {
    expect(checkNewsMarkdown('<script>alert("x")</script>')).toMatchObject({
      key: "news:errors.rawHtml",
    });
    for (const source of [
      'Hello <img src="https://example.org/a.jpg" onerror="alert(1)"> there',
      "<iframe src=https://evil.example></iframe>",
      "text <b>bold</b>",
    ])
      expect(checkNewsMarkdown(source)?.key, source).toBe("news:errors.rawHtml");
    // Angle brackets that are not tags are text.
    expect(checkNewsMarkdown("Attendance went from < 10 to > 40.")).toBeUndefined();
  });

  it("every image without alt text is reported, whatever surrounds it (property)", () => {
    const text = fc.stringMatching(/^[a-zA-Z .,!?\n-]{0,40}$/);
    const name = fc.stringMatching(/^[a-z]{1,10}$/);
    fc.assert(
      fc.property(text, name, text, (before, file, after) => {
        const problem = checkNewsMarkdown(
          `${before}\n\n![](https://example.org/${file}.png)\n\n${after}`,
        );
        expect(problem).toEqual({
          key: "news:errors.imageAlt",
          values: { image: `https://example.org/${file}.png` },
        });
      }),
    );
  });
});

describe("parseNewsPostInput", () => {
  it("needs a title and a body within their lengths", () => {
    const result = parseNewsPostInput({ title: " ", body: "x".repeat(NEWS_BODY_MAX + 1) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors.title?.key).toBe("errors.required");
    expect(result.fieldErrors.body?.key).toBe("errors.tooLong");
  });

  it("puts a Markdown problem beside the body", () => {
    const result = parseNewsPostInput({ title: "Hello", body: "![](https://example.org/a.png)" });
    expect(!result.ok && result.fieldErrors.body?.key).toBe("news:errors.imageAlt");
  });

  it("trims what it keeps", () => {
    expect(parseNewsPostInput({ title: "  Hello ", body: " Body \n" })).toEqual({
      ok: true,
      value: { title: "Hello", body: "Body" },
    });
  });
});

describe("isoWeek", () => {
  it("follows ISO 8601 across year ends", () => {
    expect(isoWeek(new Date("2026-12-02T12:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(new Date("2027-01-01T00:00:00Z"))).toBe("2026-W53");
    expect(isoWeek(new Date("2024-12-30T08:00:00Z"))).toBe("2025-W01");
    expect(isoWeek(new Date("2026-11-30T00:00:00Z"))).toBe("2026-W49");
    expect(isoWeek(new Date("2026-11-29T23:59:59Z"))).toBe("2026-W48");
  });
});
