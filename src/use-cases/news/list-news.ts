import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPublisher, ShownNewsPost } from "./news-ports.ts";
import { publisherRef } from "./publisher-of.ts";

/** Every post, newest first, or one network's or programme's when the listing is filtered. */
export async function listNews(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: {
    filter: { kind: NewsPublisher["kind"]; slug: string } | null;
    page: { offset: number; limit: number };
  },
): Promise<Result<{ publisher: NewsPublisher | null; posts: Page<ShownNewsPost> }>> {
  void actor;
  const news = deps.uow.read.news;
  if (!input.filter)
    return ok({ publisher: null, posts: await news.listPosts("site", input.page) });
  const publisher = await news.findPublisherBySlug(input.filter.kind, input.filter.slug);
  if (!publisher) return fail({ code: "not_found" });
  return ok({ publisher, posts: await news.listPosts(publisherRef(publisher), input.page) });
}
