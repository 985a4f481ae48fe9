/**
 * Markdown written by a facilitator (a topic's prompt, a round's agreement) as plain
 * paragraphs for an email: formatting marks removed,
 * links kept as "text (address)", list items one per line with a bullet. Email bodies are
 * built from paragraphs of text (src/mail/email-layout.ts), so nothing here is HTML.
 */
import { Lexer, type Token, type Tokens } from "marked";

const cache = new Map<string, string[]>();
const CACHE_LIMIT = 200;

export function markdownParagraphs(markdown: string): string[] {
  const cached = cache.get(markdown);
  if (cached) return cached;
  const paragraphs = blocks(Lexer.lex(markdown, { gfm: true }))
    .map((p) => p.replace(/[ \t]+\n/g, "\n").trim())
    .filter(Boolean);
  // The same few texts go to thousands of people in one run: render each once.
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(markdown, paragraphs);
  return paragraphs;
}

function blocks(tokens: readonly Token[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
      case "hr":
        break;
      case "list": {
        const list = token as Tokens.List;
        const start = typeof list.start === "number" ? list.start : 1;
        out.push(
          list.items
            .map((item, i) => {
              const text = blocks(item.tokens).join("\n");
              return `${list.ordered ? `${start + i}.` : "•"} ${text}`;
            })
            .join("\n"),
        );
        break;
      }
      case "blockquote":
        out.push(...blocks((token as Tokens.Blockquote).tokens));
        break;
      case "code":
        out.push((token as Tokens.Code).text);
        break;
      case "table": {
        const table = token as Tokens.Table;
        const row = (cells: Tokens.TableCell[]) => cells.map((c) => inline(c.tokens)).join(" | ");
        out.push([row(table.header), ...table.rows.map(row)].join("\n"));
        break;
      }
      case "html":
        out.push(decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, "")));
        break;
      default: {
        const withTokens = token as Token & { tokens?: Token[]; text?: string };
        out.push(
          withTokens.tokens ? inline(withTokens.tokens) : decodeEntities(withTokens.text ?? ""),
        );
      }
    }
  }
  return out;
}

function inline(tokens: readonly Token[]): string {
  return tokens
    .map((token) => {
      switch (token.type) {
        case "link": {
          const link = token as Tokens.Link;
          const text = inline(link.tokens);
          return text && text !== link.href ? `${text} (${link.href})` : link.href;
        }
        case "image": {
          const image = token as Tokens.Image;
          return image.text ? `${image.text} (${image.href})` : image.href;
        }
        case "br":
          return "\n";
        case "codespan":
          return (token as Tokens.Codespan).text;
        case "html":
          return decodeEntities((token as Tokens.HTML).text.replace(/<[^>]*>/g, ""));
        default: {
          const withTokens = token as Token & { tokens?: Token[]; text?: string };
          return withTokens.tokens
            ? inline(withTokens.tokens)
            : decodeEntities(withTokens.text ?? "");
        }
      }
    })
    .join("");
}

/** Markdown's character references (`&amp;`, `&lt;`, …) stand for the characters themselves. */
function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
}
