import { describe, expect, it } from "vitest";
import { markdownParagraphs } from "./markdown-paragraphs.ts";

describe("a prompt as email paragraphs", () => {
  it("drops Markdown marks and keeps links readable", () => {
    expect(
      markdownParagraphs(
        "## Your *library's* community\n\nWho comes **in**, and who [never does](https://example.org/a?b=1&c=2)?\n\n- a `code <x>` item\n- another\n\n1. first\n2. second\n\n> quoted\n\nOne  \ntwo &amp; three",
      ),
    ).toEqual([
      "Your library's community",
      "Who comes in, and who never does (https://example.org/a?b=1&c=2)?",
      "• a code <x> item\n• another",
      "1. first\n2. second",
      "quoted",
      "One\ntwo & three",
    ]);
  });

  it("shows raw HTML as its text, never as markup", () => {
    expect(markdownParagraphs('<script>alert("x")</script>\n\nHi <b>there</b>')).toEqual([
      'alert("x")',
      "Hi there",
    ]);
  });

  it("gives nothing for an empty prompt", () => {
    expect(markdownParagraphs("")).toEqual([]);
    expect(markdownParagraphs("\n\n  \n")).toEqual([]);
  });
});
