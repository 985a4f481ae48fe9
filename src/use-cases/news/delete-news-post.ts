import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPublisher } from "./news-ports.ts";
import { publisherOf } from "./publisher-of.ts";

/** An organiser deletes a post with its comments (after confirming on the page). */
export async function deleteNewsPost(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<{ publisher: NewsPublisher }>> {
  return deps.uow.transaction(async (repositories) => {
    const post = await repositories.news.findPostBySlug(input.slug);
    if (!actor || !post || !(await canPublishFor(repositories, actor, publisherOf(post))))
      return fail({ code: "not_found" });
    await repositories.news.deletePost(post.id);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "news_post.deleted",
      subjectType: "news_post",
      subjectId: post.id,
      data: { title: post.title, slug: post.slug },
      createdAt: deps.clock.now(),
    });
    return ok({ publisher: post.publisher });
  });
}
