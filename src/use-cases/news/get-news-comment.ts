import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ShownNewsPost } from "./news-ports.ts";
import { publisherOf } from "./publisher-of.ts";

export interface NewsCommentPage {
  comment: { id: string; body: string; createdAt: Date; authorName: string | null };
  post: Pick<ShownNewsPost, "slug" | "title" | "publisher">;
}

/**
 * A shown comment, for the page that reports it (any signed-in member) or hides it
 * (`forModeration`: only the post's moderators; not_found for anyone else).
 */
export async function getNewsComment(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { commentId: string; forModeration: boolean },
): Promise<Result<NewsCommentPage>> {
  const repositories = deps.uow.read;
  const found = actor ? await repositories.news.findVisibleComment(input.commentId) : undefined;
  if (!found) return fail({ code: "not_found" });
  if (input.forModeration && !(await canPublishFor(repositories, actor, publisherOf(found.post))))
    return fail({ code: "not_found" });
  const author = found.comment.authorId
    ? await repositories.users.findById(found.comment.authorId)
    : undefined;
  return ok({
    comment: {
      id: found.comment.id,
      body: found.comment.body,
      createdAt: found.comment.createdAt,
      authorName: author?.name ?? null,
    },
    post: { slug: found.post.slug, title: found.post.title, publisher: found.post.publisher },
  });
}
