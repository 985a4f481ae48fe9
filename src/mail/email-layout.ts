/** Plain-text and HTML bodies from the same paragraphs, so the two never disagree. */
export interface EmailContent {
  greeting: string;
  paragraphs: string[];
  /** A call to action rendered as a button in HTML and a bare URL in text. */
  action?: { intro: string; label: string; url: string };
  /** Quoted text written by a person (e.g. a facilitator's message). */
  quote?: { intro: string; text: string };
  signature: string;
  footer: string;
  /** How to stop this kind of email (bulk kinds only), below the footer. */
  unsubscribe?: { text: string; url: string };
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

export function renderText(content: EmailContent): string {
  const parts = [content.greeting, ...content.paragraphs];
  if (content.quote)
    parts.push(`${content.quote.intro}\n\n> ${content.quote.text.split("\n").join("\n> ")}`);
  if (content.action) parts.push(`${content.action.intro}\n${content.action.url}`);
  const footer = content.unsubscribe
    ? `${content.footer}\n${content.unsubscribe.text} ${content.unsubscribe.url}`
    : content.footer;
  parts.push(content.signature, `--\n${footer}`);
  return `${parts.join("\n\n")}\n`;
}

export function renderHtml(content: EmailContent, lang: string): string {
  const p = (text: string) =>
    `<p style="margin:0 0 16px">${escapeHtml(text).replace(/\n/g, "<br>")}</p>`;
  const body = [p(content.greeting), ...content.paragraphs.map(p)];
  if (content.quote) {
    body.push(p(content.quote.intro));
    body.push(
      `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #0f5e5a;background:#f3f7f7">${escapeHtml(content.quote.text).replace(/\n/g, "<br>")}</blockquote>`,
    );
  }
  if (content.action) {
    body.push(p(content.action.intro));
    body.push(
      `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;padding:12px 20px;background:#0f5e5a;color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold">${escapeHtml(content.action.label)}</a></p>`,
      // A long signed link breaks anywhere rather than widening the email past a phone's screen.
      `<p style="margin:0 0 16px;font-size:13px;color:#444;overflow-wrap:anywhere;word-break:break-all">${escapeHtml(content.action.url)}</p>`,
    );
  }
  body.push(p(content.signature));
  return `<!doctype html>
<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Shelfmates</title></head>
<body style="margin:0;padding:24px;background:#ffffff;color:#1a1a1a;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.5">
<div style="max-width:560px;margin:0 auto">
${body.join("\n")}
<hr style="border:none;border-top:1px solid #ddd;margin:24px 0">
<p style="font-size:13px;color:#555">${escapeHtml(content.footer)}</p>${
    content.unsubscribe
      ? `\n<p style="font-size:13px;color:#555"><a href="${escapeHtml(content.unsubscribe.url)}" style="color:#0f5e5a">${escapeHtml(content.unsubscribe.text)}</a></p>`
      : ""
  }
</div></body></html>`;
}
