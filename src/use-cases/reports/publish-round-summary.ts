/**
 * A facilitator makes a finished round's summary public (opt-in, after confirming): from then
 * its map and headline figures, small counts hidden, are at the round's public summary page.
 * Publishing twice changes nothing; audited.
 */
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";

export async function publishRoundSummary(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { roundId: string; confirmed: boolean },
): Promise<Result<{ publishedAt: Date }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedRound(repositories, actor, input.roundId);
    if (!found) return fail({ code: "not_found" });
    if (!input.confirmed)
      return fail({
        code: "invalid",
        fieldErrors: { confirm: { key: "reports:publicSummary.confirmRequired" } },
      });
    if (found.round.status !== "finished")
      return fail({ code: "conflict", reason: "round_not_finished" });
    if (!(await repositories.partnerships.findPublication(found.round.id)))
      return fail({ code: "conflict", reason: "round_not_published" });
    const now = deps.clock.now();
    const inserted = await repositories.reports.insertPublicSummary({
      roundId: found.round.id,
      publishedAt: now,
      publishedBy: actor?.userId ?? "",
    });
    if (!inserted) {
      const existing = await repositories.reports.findPublicSummary(found.round.id);
      return ok({ publishedAt: existing?.publishedAt ?? now });
    }
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "round.summary_published",
      subjectType: "round",
      subjectId: found.round.id,
      createdAt: now,
    });
    return ok({ publishedAt: now });
  });
}
