import type { IncomingHttpHeaders } from "node:http";
import type { Response } from "express";
import { localeForRequest } from "../src/i18n/request-locale.ts";
import commonEn from "../src/locales/en/common.json";
import commonEs from "../src/locales/es/common.json";
import commonFr from "../src/locales/fr/common.json";

const COMMON = { en: commonEn, es: commonEs, fr: commonFr };

/** The refusals answered before a request reaches the app's routes. */
export type RefusalKind =
  "tooLarge" | "crossSite" | "unreadableAddress" | "methodNotAllowed" | "notAForm";

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function headersOf(headers: IncomingHttpHeaders): Headers {
  const result = new Headers();
  for (const name of ["cookie", "accept-language"]) {
    const value = headers[name];
    if (typeof value === "string") result.set(name, value);
  }
  return result;
}

/**
 * A whole page for a refusal made in front of the app (a body too large, a form from another
 * site): the request never reaches React Router, so this page is plain HTML in the reader's
 * language (their `lang` cookie, else Accept-Language), with the site's stylesheet-free
 * essentials and a way home. No detail of the request is echoed.
 */
export function refusalPage(
  headers: IncomingHttpHeaders,
  kind: RefusalKind,
  values: Record<string, string> = {},
): string {
  const locale = localeForRequest(headersOf(headers));
  const page = COMMON[locale].errors.page;
  const fill = (text: string) =>
    escapeHtml(text.replace(/\{\{(\w+)\}\}/g, (_m, key: string) => values[key] ?? ""));
  const { title, body } = page[kind];
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${fill(title)} – Shelfmates</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}a{color:#0b57a4}</style>
</head>
<body>
<main>
<h1>${fill(title)}</h1>
<p>${fill(body)}</p>
<p><a href="/">${fill(page.home)}</a></p>
</main>
</body>
</html>
`;
}

/** Answers `status` with the refusal page, unless an answer has already begun. */
export function sendRefusal(
  res: Response,
  status: number,
  kind: RefusalKind,
  values?: Record<string, string>,
  extraHeaders: Record<string, string> = {},
): void {
  if (res.headersSent) return;
  res.status(status);
  res.set({
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    ...extraHeaders,
  });
  res.end(refusalPage(res.req.headers, kind, values));
}
