import { parseReportInput } from "../../domain/news/news-comment-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * A verified member reports a shown comment to the post's moderators, once (a second report
 * by the same member changes nothing), with an optional reason.
 */
export async function reportNewsComment(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { commentId: string; reason: string },
): Promise<Result<{ postSlug: string; alreadyReported: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.news.findVisibleComment(input.commentId);
    if (!found) return fail({ code: "not_found" });
    const account = actor ? await repositories.users.findById(actor.userId) : undefined;
    if (!account) return fail({ code: "forbidden" });
    if (!account.emailVerified) return fail({ code: "conflict", reason: "unverified" });
    const parsed = parseReportInput({ reason: input.reason });
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const added = await repositories.news.insertReport({
      commentId: found.comment.id,
      userId: account.id,
      reason: parsed.value.reason,
      createdAt: deps.clock.now(),
    });
    return ok({ postSlug: found.post.slug, alreadyReported: !added });
  });
}
