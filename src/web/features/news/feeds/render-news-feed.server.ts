import { Feed } from "feed";
import type { i18n as I18n } from "i18next";
import type { NewsFeed } from "../../../../use-cases/news/get-news-feed.ts";
import type { ShownNewsPost } from "../../../../use-cases/news/news-ports.ts";
import { markdownParagraphs } from "../../../../domain/markdown-paragraphs.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { newsFeedPaths } from "../news-feed-links.ts";

export type FeedFormat = "rss" | "atom";

const SUMMARY_MAX = 300;

/**
 * A feed as RSS 2.0 or Atom (library `feed`): each post with its sanitised HTML, author and
 * dates; addresses absolute, as feed readers need. Comments are never in a feed.
 */
export function renderNewsFeed(
  feed: NewsFeed & { posts: ShownNewsPost[] },
  format: FeedFormat,
  context: { baseUrl: string; i18n: I18n; locale: string },
): string {
  const { baseUrl, i18n } = context;
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`news:${key}`, values ?? {});
  const publisher = feed.publisher;
  const paths = newsFeedPaths(publisher && { kind: publisher.kind, slug: publisher.slug });
  const listing = publisher
    ? `/news?${publisher.kind}=${encodeURIComponent(publisher.slug)}`
    : "/news";
  const out = new Feed({
    id: `${baseUrl}${listing}`,
    link: `${baseUrl}${listing}`,
    title: publisher ? t("feeds.publisherTitle", { name: publisher.name }) : t("feeds.siteTitle"),
    description: publisher
      ? t("feeds.publisherDescription", { name: publisher.name })
      : t("feeds.siteDescription"),
    language: context.locale,
    updated: feed.lastModifiedAt ?? new Date(0),
    generator: "Shelfmates",
    feedLinks: { rss: `${baseUrl}${paths.rss}`, atom: `${baseUrl}${paths.atom}` },
  });
  for (const post of feed.posts) {
    const link = `${baseUrl}/news/${encodeURIComponent(post.slug)}`;
    out.addItem({
      title: post.title,
      id: link,
      link,
      date: post.updatedAt,
      published: post.publishedAt,
      description: summaryOf(post.body),
      content: renderMarkdown(post.body, 2, { images: true }),
      author: [{ name: post.authorName ?? t("byUnknown") }],
      category: [{ name: post.publisher.name }],
    });
  }
  return format === "atom" ? out.atom1() : out.rss2();
}

/** The post's first paragraph as plain text: what a reader lists under the title. */
function summaryOf(markdown: string): string {
  const first = markdownParagraphs(markdown)[0] ?? "";
  return first.length > SUMMARY_MAX ? `${first.slice(0, SUMMARY_MAX - 1)}…` : first;
}
