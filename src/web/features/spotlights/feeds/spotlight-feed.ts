import { createI18n } from "../../../../i18n/create-i18n.ts";
import { localeForRequest } from "../../../../i18n/request-locale.ts";
import { isNotModified } from "../../news/feeds/conditional-request.ts";
import { cacheFeed, findCachedFeed } from "../../news/feeds/news-feed-cache.server.ts";
import type { FeedFormat } from "../../news/feeds/render-news-feed.server.ts";
import { renderSpotlightFeed } from "./render-spotlight-feed.server.ts";
import type { Route } from "./+types/spotlight-feed";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/**
 * The published spotlights' feed (RSS 2.0 or Atom) for feed readers without an account: the
 * news feeds' conditional answers (304 on the current ETag or date) and their in-memory
 * cache of the rendered feed while its version holds (decision 0013).
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const format: FeedFormat = new URL(request.url).pathname.endsWith(".atom") ? "atom" : "rss";
  const locale = localeForRequest(request.headers);
  const key = `spotlights|${format}|${locale}`;
  const cached = findCachedFeed(key);
  const feed = await context.services.useCases.getSpotlightFeed({ knownVersion: cached?.version });
  const etag = `"spotlights-${format}-${locale}-${feed.version}"`;
  const headers = new Headers({
    "Content-Type": CONTENT_TYPES[format],
    ETag: etag,
    "Cache-Control": "public, max-age=60",
    Vary: "Accept-Language, Cookie",
  });
  if (feed.lastModifiedAt) headers.set("Last-Modified", feed.lastModifiedAt.toUTCString());
  if (isNotModified(request.headers, { etag, lastModifiedAt: feed.lastModifiedAt }))
    return new Response(null, { status: 304, headers });
  if (!feed.spotlights && cached) return new Response(cached.body, { headers });
  const body = renderSpotlightFeed(
    { lastModifiedAt: feed.lastModifiedAt, spotlights: feed.spotlights ?? [] },
    format,
    { baseUrl: context.services.baseUrl, i18n: createI18n(locale), locale },
  );
  cacheFeed(key, { version: feed.version, body });
  return new Response(body, { headers });
}
