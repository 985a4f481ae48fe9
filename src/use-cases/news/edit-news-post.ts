import { parseNewsPostInput, type NewsPostValues } from "../../domain/news/news-post-input.ts";
import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { publisherOf } from "./publisher-of.ts";

/** An organiser changes a post's title or body; its address stays the same. */
export async function editNewsPost(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { slug: string; values: NewsPostValues },
): Promise<Result<{ slug: string; changed: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const post = await repositories.news.findPostBySlug(input.slug);
    if (!actor || !post || !(await canPublishFor(repositories, actor, publisherOf(post))))
      return fail({ code: "not_found" });
    const parsed = parseNewsPostInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const { title, body } = parsed.value;
    if (title === post.title && body === post.body) return ok({ slug: post.slug, changed: false });
    const now = deps.clock.now();
    await repositories.news.updatePost({ id: post.id, title, body, updatedAt: now });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "news_post.edited",
      subjectType: "news_post",
      subjectId: post.id,
      data: { title },
      createdAt: now,
    });
    return ok({ slug: post.slug, changed: true });
  });
}
