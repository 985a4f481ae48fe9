import fc from "fast-check";
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

describe("renderMarkdown with images (news posts)", () => {
  const news = (source: string) => renderMarkdown(source, 2, { images: true });

  it("shows an https image with its alt text, lazily, with no other attribute", () => {
    const html = news('![Readers at the new library](https://example.org/a.jpg "A title")');
    expect(html).toContain(
      '<img src="https://example.org/a.jpg" alt="Readers at the new library" loading="lazy" />',
    );
    expect(html).not.toContain("title=");
  });

  it("shows an image without alt text, or not on https, only as a link", () => {
    for (const source of [
      "![](https://example.org/a.jpg)",
      "![A photo](http://example.org/a.jpg)",
    ]) {
      const html = news(source);
      expect(html, source).not.toMatch(/<img/i);
    }
    expect(news("![](https://example.org/a.jpg)")).toContain('href="https://example.org/a.jpg"');
  });

  it("never lets script, event handlers or unsafe addresses through", () => {
    for (const source of [
      '<script>alert("x")</script>',
      '<img src="https://example.org/a.jpg" onerror="alert(1)">',
      '![x" onerror="alert(1)](https://example.org/a.jpg)',
      '![x](https://example.org/a.jpg" onerror="alert(1))',
      "![x](javascript:alert(1))",
      "![x](data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+)",
      "![x](//evil.example/a.jpg)",
      "[click](javascript:alert(1))",
      "[click](data:text/html;base64,PHNjcmlwdD4=)",
      '<a href="javascript:alert(1)">x</a>',
      "<iframe src=https://evil.example></iframe>",
      '<svg onload="alert(1)"></svg>',
      '[x](https://example.org/"onmouseover="alert(1))',
    ]) {
      // Escaped text (&lt;script&gt;) is harmless: only real tags and attributes are checked.
      for (const [, name, attributes] of news(source).matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
        expect(name, source).toMatch(/^(p|a|img|br|strong|em)$/);
        for (const [, attribute, value] of attributes!.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
          expect(attribute, source).toMatch(/^(href|rel|title|src|alt|loading)$/);
          if (attribute === "src") expect(value, source).toMatch(/^https:\/\//);
          if (attribute === "href") expect(value, source).toMatch(/^(https?:\/\/|mailto:)/);
        }
      }
    }
  });

  it("whatever the mix of nasty pieces, only allowed tags and addresses come out (property)", () => {
    const piece = fc.constantFrom(
      "<script>alert(1)</script>",
      '<img src=x onerror="alert(1)">',
      "![alt](https://example.org/a.jpg)",
      "![](https://example.org/b.jpg)",
      "![x](javascript:alert(1))",
      "[a](javascript:alert(1))",
      "[a](data:text/html,x)",
      '"',
      "'",
      "<",
      ">",
      "](",
      ")",
      "![",
      "\n\n",
      "**b**",
      " onerror=",
      "https://example.org",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const source = pieces.join("");
        for (const [, name, attributes] of news(source).matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
          expect(name, source).toMatch(/^(p|a|img|br|strong|em|blockquote|h[1-6]|ul|ol|li|hr)$/);
          for (const [, attribute, value] of attributes!.matchAll(/\s([^\s=]+)="([^"]*)"/g)) {
            expect(attribute, source).toMatch(/^(href|rel|title|src|alt|loading)$/);
            if (attribute === "src") expect(value, source).toMatch(/^https:\/\//);
            if (attribute === "href") expect(value, source).toMatch(/^(https?:\/\/|mailto:)/);
          }
        }
      }),
    );
  });

  it("keeps ordinary Markdown and the current callers' behaviour", () => {
    const html = news("## Our meeting\n\nWe met **twice**. [Notes](https://example.org/notes)");
    expect(html).toContain("<h2>Our meeting</h2>");
    expect(html).toContain("<strong>twice</strong>");
    expect(html).toContain(
      '<a href="https://example.org/notes" rel="nofollow noopener noreferrer">',
    );
    expect(renderMarkdown("![A photo](https://example.org/a.jpg)")).not.toMatch(/<img/);
  });
});
