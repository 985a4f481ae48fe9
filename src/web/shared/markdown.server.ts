import { Marked, type MarkedExtension, type Tokens } from "marked";
import sanitizeHtml from "sanitize-html";

/**
 * Markdown written by facilitators (round rules), rendered for the public round page.
 * Raw HTML is shown as text, never interpreted; links work only for http(s) and mailto,
 * anything else (javascript:, data:, vbscript:…) becomes plain text. Images are shown as
 * links so no third-party request is made when the page loads — unless the caller asks for
 * images (news posts): then an https image with alt text is shown, and the HTML goes through
 * sanitize-html's allow-list as a second guard.
 */
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function safeLink(href: string, title: string | null | undefined, innerHtml: string): string {
  if (!SAFE_HREF.test(href.trim())) return innerHtml;
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : "";
  return `<a href="${escapeHtml(href.trim())}"${titleAttr} rel="nofollow noopener noreferrer">${innerHtml}</a>`;
}

const HTTPS = /^https:\/\//i;

const renderer: MarkedExtension["renderer"] = {
  html(token: Tokens.HTML | Tokens.Tag) {
    const escaped = escapeHtml(token.text);
    return "block" in token && token.block ? `<p>${escaped}</p>\n` : escaped;
  },
  link(token: Tokens.Link) {
    return safeLink(token.href, token.title, this.parser.parseInline(token.tokens));
  },
  image(token: Tokens.Image) {
    return safeLink(token.href, token.title, escapeHtml(token.text || token.href));
  },
};

const marked = new Marked({ gfm: true, async: false });
marked.use({ renderer });

/** The same, except that an https image with alt text is shown (lazily), with nothing else. */
const markedWithImages = new Marked({ gfm: true, async: false });
markedWithImages.use({
  renderer: {
    ...renderer,
    image(token: Tokens.Image) {
      const src = token.href.trim();
      const alt = token.text.trim();
      if (!HTTPS.test(src) || alt === "")
        return safeLink(token.href, token.title, escapeHtml(alt || token.href));
      return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}" loading="lazy">`;
    },
  },
});

/** What the HTML of a news post may hold; anything else is dropped (its text kept). */
const ALLOW_LIST: sanitizeHtml.IOptions = {
  allowedTags: [
    ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "br", "hr", "blockquote", "pre", "code"],
    ...["strong", "em", "del", "ul", "ol", "li", "a", "img"],
    ...["table", "thead", "tbody", "tr", "th", "td"],
  ],
  allowedAttributes: {
    a: ["href", "title", "rel"],
    img: ["src", "alt", "loading"],
    ol: ["start"],
    th: ["align"],
    td: ["align"],
  },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: { img: ["https"] },
  allowedSchemesAppliedToAttributes: ["href", "src"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/**
 * Safe HTML for `markdown`. Headings are shifted so the shallowest one becomes
 * `<h{topHeadingLevel}>`, keeping the page's heading outline in order. `images: true` shows
 * https images that have alt text (news posts) and sanitises the result.
 */
export function renderMarkdown(
  markdown: string,
  topHeadingLevel = 3,
  options: { images?: boolean } = {},
): string {
  const key = `${topHeadingLevel}${options.images ? "i" : "-"}${markdown}`;
  let html = rendered.get(key);
  if (html === undefined) {
    html = renderMarkdownNow(markdown, topHeadingLevel, options);
    if (rendered.size >= RENDERED_KEPT) rendered.delete(rendered.keys().next().value!);
    rendered.set(key, html);
  }
  return html;
}

/**
 * The HTML of the texts rendered lately, as the same text always renders the same: a round's
 * rules are on every load of its form, which hundreds may open at once.
 */
const rendered = new Map<string, string>();
const RENDERED_KEPT = 200;

function renderMarkdownNow(
  markdown: string,
  topHeadingLevel: number,
  options: { images?: boolean },
): string {
  const parser = options.images ? markedWithImages : marked;
  const tokens = parser.lexer(markdown);
  let shallowest = 6;
  // walkTokens returns the callbacks' results; these callbacks are synchronous.
  void parser.walkTokens(tokens, (token) => {
    if (token.type === "heading")
      shallowest = Math.min(shallowest, (token as Tokens.Heading).depth);
  });
  const shift = topHeadingLevel - shallowest;
  void parser.walkTokens(tokens, (token) => {
    if (token.type === "heading") {
      const heading = token as Tokens.Heading;
      heading.depth = Math.min(6, Math.max(1, heading.depth + shift));
    }
  });
  const html = parser.parser(tokens);
  return options.images ? sanitizeHtml(html, ALLOW_LIST) : html;
}
