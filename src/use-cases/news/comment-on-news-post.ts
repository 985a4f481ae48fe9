import { parseCommentInput } from "../../domain/news/news-comment-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** A signed-in member who has verified their address comments on a post (plain text). */
export async function commentOnNewsPost(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; body: string },
): Promise<Result<{ commentId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const post = await repositories.news.findPostBySlug(input.slug);
    if (!post) return fail({ code: "not_found" });
    const account = actor ? await repositories.users.findById(actor.userId) : undefined;
    if (!account) return fail({ code: "forbidden" });
    if (!account.emailVerified) return fail({ code: "conflict", reason: "unverified" });
    const parsed = parseCommentInput({ body: input.body });
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const commentId = deps.ids.newId();
    await repositories.news.insertComment({
      id: commentId,
      postId: post.id,
      authorId: account.id,
      body: parsed.value.body,
      createdAt: deps.clock.now(),
      hiddenAt: null,
      hiddenBy: null,
    });
    return ok({ commentId });
  });
}
