import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ShownNewsPost } from "./news-ports.ts";
import { publisherOf } from "./publisher-of.ts";

/** A post its publisher's organisers may edit or delete; not_found for anyone else. */
export async function getNewsPostForEditing(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string },
): Promise<Result<ShownNewsPost>> {
  const post = await deps.uow.read.news.findPostBySlug(input.slug);
  if (!post || !(await canPublishFor(deps.uow.read, actor, publisherOf(post))))
    return fail({ code: "not_found" });
  return ok(post);
}
