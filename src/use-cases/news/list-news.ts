import type { Page } from "../page.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPublisher, ShownNewsPost } from "./news-ports.ts";
import { publisherRef } from "./publisher-of.ts";

/** More publishers than a select can usefully hold are left out of the filter. */
const PUBLISHERS_MAX = 300;

export interface NewsListing {
  publisher: NewsPublisher | null;
  posts: Page<ShownNewsPost>;
  /** Who has posted news: the filter's choices. */
  publishers: NewsPublisher[];
  /** The viewer moderates some network or programme (the moderation list's link). */
  moderates: boolean;
}

/** Every post, newest first, or one network's or programme's when the listing is filtered. */
export async function listNews(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    filter: { kind: NewsPublisher["kind"]; slug: string } | null;
    page: { offset: number; limit: number };
  },
): Promise<Result<NewsListing>> {
  const news = deps.uow.read.news;
  const publisher = input.filter
    ? await news.findPublisherBySlug(input.filter.kind, input.filter.slug)
    : null;
  if (publisher === undefined) return fail({ code: "not_found" });
  const [posts, publishers, moderates] = await Promise.all([
    news.listPosts(publisher ? publisherRef(publisher) : "site", input.page),
    news.listNewsPublishers(PUBLISHERS_MAX),
    moderatesAny(news, actor),
  ]);
  return ok({ publisher, posts, publishers, moderates });
}

async function moderatesAny(news: ReadRepositories["news"], actor: Actor | null): Promise<boolean> {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  const scope = await news.findModerationScope(actor.userId);
  return scope.networkIds.length + scope.programmeIds.length > 0;
}
