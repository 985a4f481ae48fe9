import { canPublishFor } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ShownComment, ShownNewsPost } from "./news-ports.ts";
import { publisherOf } from "./publisher-of.ts";

/** Whether the viewer may comment: yes, after signing in, or after verifying their address. */
export type CommentPermission = "yes" | "sign-in" | "verify";

export interface NewsPostPage {
  post: ShownNewsPost;
  /** Hidden comments are never among them. */
  comments: Page<ShownComment>;
  mayModerate: boolean;
  mayComment: CommentPermission;
}

/** A post's public page: the post and a page of its shown comments. */
export async function getNewsPost(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { slug: string; commentsPage: { offset: number; limit: number } },
): Promise<Result<NewsPostPage>> {
  const repositories = deps.uow.read;
  const post = await repositories.news.findPostBySlug(input.slug);
  if (!post) return fail({ code: "not_found" });
  const [comments, mayModerate, account] = await Promise.all([
    repositories.news.listComments(post.id, input.commentsPage, actor?.userId ?? null),
    canPublishFor(repositories, actor, publisherOf(post)),
    actor ? repositories.users.findById(actor.userId) : undefined,
  ]);
  const mayComment: CommentPermission = !account
    ? "sign-in"
    : account.emailVerified
      ? "yes"
      : "verify";
  return ok({ post, comments, mayModerate, mayComment });
}
