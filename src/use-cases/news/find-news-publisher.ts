import { canPublishFor } from "../authorise.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { NewsPublisher } from "./news-ports.ts";
import { publisherRef } from "./publisher-of.ts";

/**
 * The network or programme an organiser or facilitator is about to post news for; anyone who
 * may not post for it (or a slug that names nothing) gets not_found.
 */
export async function findNewsPublisherForPosting(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { kind: NewsPublisher["kind"]; slug: string },
): Promise<Result<NewsPublisher>> {
  const repositories = deps.uow.read;
  const publisher = await repositories.news.findPublisherBySlug(input.kind, input.slug);
  if (!publisher) return fail({ code: "not_found" });
  if (!(await canPublishFor(repositories, actor, publisherRef(publisher))))
    return fail({ code: "not_found" });
  return ok(publisher);
}
