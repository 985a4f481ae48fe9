import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { NewsPublisher, ShownNewsPost } from "../../../use-cases/news/news-ports.ts";
import type { Page } from "../../../use-cases/page.ts";
import { NewsFeedHead } from "./news-feed-head.tsx";
import { NewsFeedLinks } from "./news-feed-links-visible.tsx";
import {
  NewsPostSummary,
  toNewsPostSummary,
  type NewsPostSummaryData,
} from "./news-post-summary.tsx";

/** How many posts a network's or programme's page shows; the rest are in /news?network=… */
export const PUBLISHER_NEWS_LIMIT = 5;

export interface PublisherNewsData {
  publisher: Pick<NewsPublisher, "kind" | "slug" | "name">;
  posts: NewsPostSummaryData[];
  total: number;
  mayPost: boolean;
}

/**
 * For a loader: what `listPublisherNews(actor, { networkId } | { programmeId },
 * { offset: 0, limit: PUBLISHER_NEWS_LIMIT })` returned, as the section's serialisable props.
 */
export function publisherNewsData(value: {
  publisher: NewsPublisher;
  posts: Page<ShownNewsPost>;
  mayPost: boolean;
}): PublisherNewsData {
  const { kind, slug, name } = value.publisher;
  return {
    publisher: { kind, slug, name },
    posts: value.posts.items.map(toNewsPostSummary),
    total: value.posts.total,
    mayPost: value.mayPost,
  };
}

/**
 * A network's or programme's news on its own page: the latest posts, a link to all of them,
 * "Post news" for its organisers, and its feeds (also announced in the page's head).
 */
export function PublisherNewsSection(props: { news: PublisherNewsData; headingLevel?: 2 | 3 }) {
  const t = useFixedT("news");
  const { publisher, posts, total, mayPost } = props.news;
  const level = props.headingLevel ?? 2;
  const Heading = level === 2 ? "h2" : "h3";
  const query = `${publisher.kind}=${encodeURIComponent(publisher.slug)}`;
  return (
    <section aria-labelledby="publisher-news">
      <NewsFeedHead
        publisher={publisher}
        title={t("feeds.publisherTitle", { name: publisher.name })}
      />
      <Heading id="publisher-news">{t("section.heading")}</Heading>
      {mayPost && (
        <p>
          <Link className="button" to={`/news/new?${query}`}>
            {t("section.post")}
          </Link>
        </p>
      )}
      {total === 0 ? (
        <p>{t("section.empty")}</p>
      ) : (
        <>
          {posts.map((post) => (
            <NewsPostSummary key={post.slug} post={post} headingLevel={level === 2 ? 3 : 4} />
          ))}
          {total > posts.length && (
            <p>
              <Link to={`/news?${query}`}>{t("section.all", { name: publisher.name })}</Link>
            </p>
          )}
        </>
      )}
      <NewsFeedLinks publisher={publisher} />
    </section>
  );
}
