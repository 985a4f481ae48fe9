import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { ModerationScope, ReportedComment } from "./news-ports.ts";

/**
 * The moderation list: reported comments, still shown, under posts of the networks the
 * viewer organises and the programmes they facilitate (every one for an administrator).
 * Someone who moderates nothing gets not_found.
 */
export async function listReportedComments(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { page: { offset: number; limit: number } },
): Promise<Result<Page<ReportedComment>>> {
  if (!actor) return fail({ code: "not_found" });
  const news = deps.uow.read.news;
  let scope: ModerationScope = "all";
  if (actor.role !== "admin") {
    const mine = await news.findModerationScope(actor.userId);
    if (mine.networkIds.length + mine.programmeIds.length === 0) return fail({ code: "not_found" });
    scope = mine;
  }
  return ok(await news.listReportedComments(scope, input.page));
}
