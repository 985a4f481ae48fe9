import { canPublishFor, type Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPublisher, ShownNewsPost } from "./news-ports.ts";

/**
 * A network's or programme's news for its own page (publisher-news-section.tsx), and whether
 * the viewer may post there.
 */
export async function listPublisherNews(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  publisher: Publisher,
  page: { offset: number; limit: number },
): Promise<Result<{ publisher: NewsPublisher; posts: Page<ShownNewsPost>; mayPost: boolean }>> {
  const repositories = deps.uow.read;
  const found = await repositories.news.findPublisher(publisher);
  if (!found) return fail({ code: "not_found" });
  const [posts, mayPost] = await Promise.all([
    repositories.news.listPosts(publisher, page),
    canPublishFor(repositories, actor, publisher),
  ]);
  return ok({ publisher: found, posts, mayPost });
}
