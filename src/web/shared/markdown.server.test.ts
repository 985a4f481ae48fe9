import { describe, expect, it } from "vitest";
import { renderMarkdown } from "./markdown.server.ts";

describe("renderMarkdown", () => {
  it("renders ordinary Markdown", () => {
    const html = renderMarkdown("We meet **once a month**.\n\n- one\n- two");
    expect(html).toContain("<strong>once a month</strong>");
    expect(html).toContain("<li>one</li>");
  });

  it("shows raw HTML as text", () => {
    const html = renderMarkdown(
      '<script>alert("x")</script>\n\nHello <img src=x onerror="alert(1)"> there',
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
  });

  it("makes javascript: and other unsafe links inert", () => {
    for (const source of [
      "[click](javascript:alert(1))",
      "[click](JaVaScRiPt:alert(1))",
      "[click]( javascript:alert(1))",
      "<javascript:alert(1)>",
      "[click](data:text/html;base64,PHNjcmlwdD4=)",
      "[click](&#106;avascript:alert(1))",
      "![pic](javascript:alert(1))",
      "[click][ref]\n\n[ref]: javascript:alert(1)",
    ]) {
      const html = renderMarkdown(source);
      expect(html, source).not.toMatch(/<a\s/i);
      expect(html, source).not.toMatch(/href=/i);
    }
  });

  it("keeps http(s) and mailto links, opening without a referrer", () => {
    const html = renderMarkdown(
      '[site](https://example.org/a?b=1&c=2 "Title") and <mailto:team@example.org>',
    );
    expect(html).toContain(
      '<a href="https://example.org/a?b=1&amp;c=2" title="Title" rel="nofollow noopener noreferrer">site</a>',
    );
    expect(html).toContain('href="mailto:team@example.org"');
  });

  it("escapes quotes in link titles", () => {
    const html = renderMarkdown('[x](https://example.org "a\\" onmouseover=\\"alert(1)")');
    expect(html).not.toContain('" onmouseover="');
  });

  it("shifts headings under the page's own", () => {
    const html = renderMarkdown("## Agreement\n\n### Details", 3);
    expect(html).toContain("<h3>Agreement</h3>");
    expect(html).toContain("<h4>Details</h4>");
  });
});
