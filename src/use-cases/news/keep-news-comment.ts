import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { publisherOf } from "./publisher-of.ts";

/** A moderator looked at a reported comment and keeps it shown: its reports are settled. */
export async function keepNewsComment(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { commentId: string },
): Promise<Result<{ settled: number }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.news.findVisibleComment(input.commentId);
    if (!actor || !found || !(await canPublishFor(repositories, actor, publisherOf(found.post))))
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    const settled = await repositories.news.resolveReports(found.comment.id, now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "news_comment.kept",
      subjectType: "news_comment",
      subjectId: found.comment.id,
      data: { postId: found.post.id, reports: settled },
      createdAt: now,
    });
    return ok({ settled });
  });
}
