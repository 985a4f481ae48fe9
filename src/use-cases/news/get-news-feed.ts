import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import type { NewsFeedScope, NewsPublisher, ShownNewsPost } from "./news-ports.ts";
import { publisherRef } from "./publisher-of.ts";

/** How many of the newest posts a feed carries. */
export const FEED_POSTS = 50;

export interface NewsFeed {
  /** Changes whenever what the feed shows changes: one of its posts published, edited or deleted. */
  version: string;
  /** The newest change, for Last-Modified; null while there is no post. */
  lastModifiedAt: Date | null;
  publisher: NewsPublisher | null;
  /** Left out when the caller already holds this version (its cached copy is still right). */
  posts?: ShownNewsPost[];
}

/**
 * The site's, a network's or a programme's news feed, read by feed readers without an
 * account. One small query answers whether anything changed (decision 0013); the posts are
 * read only when the caller's copy is out of date. Feeds carry posts, never comments.
 */
export async function getNewsFeed(
  deps: Pick<UseCaseDeps, "uow">,
  input: { scope: NewsFeedScope; knownVersion?: string },
): Promise<Result<NewsFeed>> {
  const news = deps.uow.read.news;
  const found = await news.findFeedVersion(input.scope, FEED_POSTS);
  if (!found) return fail({ code: "not_found" });
  // The publisher's own change (a new name) counts too: it is in the feed's title.
  const version = `${found.postsFingerprint}-${found.newestChangeAt?.getTime() ?? 0}`;
  const feed: NewsFeed = {
    version,
    lastModifiedAt: found.newestChangeAt,
    publisher: found.publisher,
  };
  if (input.knownVersion === version) return ok(feed);
  const scope = found.publisher ? publisherRef(found.publisher) : "site";
  const posts = await news.listPosts(scope, { offset: 0, limit: FEED_POSTS });
  return ok({ ...feed, posts: posts.items });
}
