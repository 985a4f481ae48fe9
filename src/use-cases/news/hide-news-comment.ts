import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { publisherOf } from "./publisher-of.ts";

/**
 * A moderator (organiser of the post's network, facilitator of its programme) hides a
 * comment: it vanishes from the post's page, and its reports are settled.
 */
export async function hideNewsComment(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { commentId: string },
): Promise<Result<{ postSlug: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.news.findVisibleComment(input.commentId);
    if (!actor || !found || !(await canPublishFor(repositories, actor, publisherOf(found.post))))
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    await repositories.news.hideComment(found.comment.id, actor.userId, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "news_comment.hidden",
      subjectType: "news_comment",
      subjectId: found.comment.id,
      data: { postId: found.post.id },
      createdAt: now,
    });
    return ok({ postSlug: found.post.slug });
  });
}
