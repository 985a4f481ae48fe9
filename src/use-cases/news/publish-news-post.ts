import { parseNewsPostInput, type NewsPostValues } from "../../domain/news/news-post-input.ts";
import { uniqueSlug } from "../../domain/slug.ts";
import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPostRecord, NewsPublisher } from "./news-ports.ts";
import { publisherRef } from "./publisher-of.ts";

/** An organiser (or facilitator) publishes a news post for their network (or programme). */
export async function publishNewsPost(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { kind: NewsPublisher["kind"]; slug: string; values: NewsPostValues },
): Promise<Result<NewsPostRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const publisher = await repositories.news.findPublisherBySlug(input.kind, input.slug);
    if (
      !actor ||
      !publisher ||
      !(await canPublishFor(repositories, actor, publisherRef(publisher)))
    )
      return fail({ code: "not_found" });
    const parsed = parseNewsPostInput(input.values);
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const now = deps.clock.now();
    const post: NewsPostRecord = {
      id: deps.ids.newId(),
      slug: await uniqueSlug(parsed.value.title, (s) => repositories.news.postSlugExists(s)),
      networkId: publisher.kind === "network" ? publisher.id : null,
      programmeId: publisher.kind === "programme" ? publisher.id : null,
      title: parsed.value.title,
      body: parsed.value.body,
      authorId: actor.userId,
      publishedAt: now,
      updatedAt: now,
    };
    await repositories.news.insertPost(post);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "news_post.published",
      subjectType: "news_post",
      subjectId: post.id,
      data: { ...publisherRef(publisher), title: post.title },
      createdAt: now,
    });
    return ok(post);
  });
}
