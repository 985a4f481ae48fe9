import { Feed } from "feed";
import type { i18n as I18n } from "i18next";
import { markdownParagraphs } from "../../../../domain/markdown-paragraphs.ts";
import type { ShownSpotlight } from "../../../../use-cases/spotlights/spotlight-ports.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import type { FeedFormat } from "../../news/feeds/render-news-feed.server.ts";
import { SPOTLIGHT_FEED_PATHS } from "../spotlight-feed-links.tsx";

const SUMMARY_MAX = 300;

/**
 * The published spotlights as RSS 2.0 or Atom (library `feed`, as the news feeds): each with
 * its sanitised HTML, its image with alt text, its link, author and colleague; addresses
 * absolute. Thanks are never in the feed.
 */
export function renderSpotlightFeed(
  feed: { lastModifiedAt: Date | null; spotlights: ShownSpotlight[] },
  format: FeedFormat,
  context: { baseUrl: string; i18n: I18n; locale: string },
): string {
  const { baseUrl, i18n } = context;
  const t = (key: string, values?: Record<string, unknown>) =>
    i18n.t(`spotlights:${key}`, values ?? {});
  const out = new Feed({
    id: `${baseUrl}/spotlights`,
    link: `${baseUrl}/spotlights`,
    title: t("feeds.title"),
    description: t("feeds.description"),
    language: context.locale,
    updated: feed.lastModifiedAt ?? new Date(0),
    generator: "Shelfmates",
    copyright: "",
    feedLinks: {
      rss: `${baseUrl}${SPOTLIGHT_FEED_PATHS.rss}`,
      atom: `${baseUrl}${SPOTLIGHT_FEED_PATHS.atom}`,
    },
  });
  for (const s of feed.spotlights) {
    const link = `${baseUrl}/spotlights/${encodeURIComponent(s.id)}`;
    const image = s.imageUrl ? `![${s.imageAlt.replace(/[[\]]/g, "")}](${s.imageUrl})\n\n` : "";
    const more = s.linkUrl ? `\n\n[${t("page.link")}](${s.linkUrl})` : "";
    out.addItem({
      title: s.title,
      id: link,
      link,
      date: s.answeredAt ?? s.createdAt,
      published: s.answeredAt ?? s.createdAt,
      description: summaryOf(s.body),
      content: renderMarkdown(`${image}${s.body}${more}`, 2, { images: true }),
      author: [{ name: s.authorName }],
      contributor: [{ name: s.subjectName }],
      category: [{ name: t("feeds.about", { subject: s.subjectName }) }],
    });
  }
  return format === "atom" ? out.atom1() : out.rss2();
}

function summaryOf(markdown: string): string {
  const first = markdownParagraphs(markdown)[0] ?? "";
  return first.length > SUMMARY_MAX ? `${first.slice(0, SUMMARY_MAX - 1)}…` : first;
}
