import { Marked, type Tokens } from "marked";

/**
 * Markdown written by facilitators (round rules), rendered for the public round page.
 * Raw HTML is shown as text, never interpreted; links work only for http(s) and mailto,
 * anything else (javascript:, data:, vbscript:…) becomes plain text. Images are shown as
 * links so no third-party request is made when the page loads.
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

const marked = new Marked({ gfm: true, async: false });
marked.use({
  renderer: {
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
  },
});

/**
 * Safe HTML for `markdown`. Headings are shifted so the shallowest one becomes
 * `<h{topHeadingLevel}>`, keeping the page's heading outline in order.
 */
export function renderMarkdown(markdown: string, topHeadingLevel = 3): string {
  const tokens = marked.lexer(markdown);
  let shallowest = 6;
  // walkTokens returns the callbacks' results; these callbacks are synchronous.
  void marked.walkTokens(tokens, (token) => {
    if (token.type === "heading")
      shallowest = Math.min(shallowest, (token as Tokens.Heading).depth);
  });
  const shift = topHeadingLevel - shallowest;
  void marked.walkTokens(tokens, (token) => {
    if (token.type === "heading") {
      const heading = token as Tokens.Heading;
      heading.depth = Math.min(6, Math.max(1, heading.depth + shift));
    }
  });
  return marked.parser(tokens);
}
