import type { NewsPublisher } from "../../../use-cases/news/news-ports.ts";

/** The addresses of a feed: the site's (no publisher), a network's or a programme's. */
export function newsFeedPaths(publisher: Pick<NewsPublisher, "kind" | "slug"> | null): {
  rss: string;
  atom: string;
} {
  if (!publisher) return { rss: "/news/feed.rss", atom: "/news/feed.atom" };
  const base = `/${publisher.kind === "network" ? "networks" : "programmes"}/${encodeURIComponent(publisher.slug)}/news`;
  return { rss: `${base}.rss`, atom: `${base}.atom` };
}

/**
 * The `<link rel="alternate">` descriptors that let browsers and feed readers discover a
 * feed from a page's `<head>`: return them from a route's `links` or `meta` export, or render
 * <NewsFeedLinks> (news-feed-head.tsx), which React places in the head.
 */
export function newsFeedLinks(
  kind: NewsPublisher["kind"] | "site",
  slug: string,
  title: string,
): { rel: "alternate"; type: string; href: string; title: string }[] {
  const paths = newsFeedPaths(kind === "site" ? null : { kind, slug });
  return [
    { rel: "alternate", type: "application/rss+xml", href: paths.rss, title: `${title} (RSS)` },
    { rel: "alternate", type: "application/atom+xml", href: paths.atom, title: `${title} (Atom)` },
  ];
}
