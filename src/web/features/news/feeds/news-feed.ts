import { createI18n } from "../../../../i18n/create-i18n.ts";
import { localeForRequest } from "../../../../i18n/request-locale.ts";
import type { NewsFeedScope } from "../../../../use-cases/news/news-ports.ts";
import { notFound } from "../../../shared/http-errors.ts";
import { isNotModified } from "./conditional-request.ts";
import { cacheFeed, findCachedFeed } from "./news-feed-cache.server.ts";
import { renderNewsFeed, type FeedFormat } from "./render-news-feed.server.ts";
import type { Route } from "./+types/news-feed";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/**
 * The site's, a network's or a programme's news feed (RSS 2.0 or Atom), read by feed
 * readers without an account. A poll costs one small query: a 304 when the reader's copy is
 * current, else the rendered feed from memory while its version holds (decision 0013).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const { pathname } = new URL(request.url);
  const format: FeedFormat = pathname.endsWith(".atom") ? "atom" : "rss";
  const scope: NewsFeedScope = !params.slug
    ? "site"
    : { kind: pathname.startsWith("/networks/") ? "network" : "programme", slug: params.slug };
  const locale = localeForRequest(request.headers);
  const key = `${scope === "site" ? "site" : `${scope.kind}:${scope.slug}`}|${format}|${locale}`;
  const cached = findCachedFeed(key);
  const result = await context.services.useCases.getNewsFeed({
    scope,
    knownVersion: cached?.version,
  });
  if (!result.ok) notFound();
  const feed = result.value;
  const etag = `"${format}-${locale}-${feed.version}"`;
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[format],
    ETag: etag,
    // Readers poll; they ask again after a minute and get a 304 while nothing changed.
    "Cache-Control": "public, max-age=60",
    Vary: "Accept-Language, Cookie",
  });
  if (feed.lastModifiedAt) headers.set("Last-Modified", feed.lastModifiedAt.toUTCString());
  if (isNotModified(request.headers, { etag, lastModifiedAt: feed.lastModifiedAt }))
    return new Response(null, { status: 304, headers });
  // No posts came back: the cached copy is of this very version.
  if (!feed.posts && cached) return new Response(cached.body, { headers });
  const body = renderNewsFeed({ ...feed, posts: feed.posts ?? [] }, format, {
    baseUrl: context.services.baseUrl,
    i18n: createI18n(locale),
    locale,
  });
  cacheFeed(key, { version: feed.version, body });
  return new Response(body, { headers });
}
