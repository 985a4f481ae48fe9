/**
 * The checks a news post's Markdown passes on the way in: every image has alt text (a
 * screen reader has nothing else) and an https address, links go only to http(s) or mailto
 * addresses, and raw HTML is refused (it would be shown as text, so the author writes
 * Markdown instead). The rendered HTML is sanitised again on the way out.
 */
import { Lexer, type Token, type Tokens } from "marked";
import type { FieldError } from "../field-errors.ts";

const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;
const HTTPS = /^https:\/\//i;
/** How much of an offending address or tag an error message quotes. */
const QUOTE_MAX = 60;

/** The first problem of a post's Markdown, naming what to fix; undefined when it is fine. */
export function checkNewsMarkdown(markdown: string): FieldError | undefined {
  const tokens = Lexer.lex(markdown, { gfm: true });
  let problem: FieldError | undefined;
  walk(tokens, (token) => {
    problem ??= problemOf(token);
  });
  return problem;
}

function problemOf(token: Token): FieldError | undefined {
  switch (token.type) {
    case "image": {
      const image = token as Tokens.Image;
      const name = quote(image.href);
      if (image.text.trim() === "") return { key: "news:errors.imageAlt", values: { image: name } };
      if (!HTTPS.test(image.href.trim()))
        return { key: "news:errors.imageHttps", values: { image: name } };
      return undefined;
    }
    case "link": {
      const link = token as Tokens.Link;
      return SAFE_LINK.test(link.href.trim())
        ? undefined
        : { key: "news:errors.linkScheme", values: { link: quote(link.href) } };
    }
    case "html":
      return { key: "news:errors.rawHtml", values: { html: quote((token as Tokens.HTML).text) } };
    default:
      return undefined;
  }
}

/** Every token, nested ones too (a link inside a list item inside a quote…). */
function walk(tokens: readonly Token[], visit: (token: Token) => void): void {
  for (const token of tokens) {
    visit(token);
    const children: Token[] = [];
    if ("tokens" in token && Array.isArray(token.tokens)) children.push(...token.tokens);
    if (token.type === "list") for (const item of (token as Tokens.List).items) children.push(item);
    if (token.type === "table") {
      const table = token as Tokens.Table;
      for (const cell of table.header) children.push(...cell.tokens);
      for (const row of table.rows) for (const cell of row) children.push(...cell.tokens);
    }
    walk(children, visit);
  }
}

function quote(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > QUOTE_MAX ? `${trimmed.slice(0, QUOTE_MAX)}…` : trimmed;
}
