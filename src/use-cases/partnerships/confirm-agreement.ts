import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findMembership } from "./partnership-membership.ts";

/**
 * A member confirms the round's agreement. Once: confirming again changes nothing (the first
 * time stands), also when two requests race (the primary key decides).
 */
export async function confirmAgreement(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { partnershipId: string },
): Promise<Result<{ newlyConfirmed: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const membership = await findMembership(repositories, actor, input.partnershipId);
    if (!membership) return fail({ code: "not_found" });
    if (!membership.current) return fail({ code: "closed" });
    if (!membership.round.rulesMarkdown.trim())
      return fail({ code: "conflict", reason: "no_agreement" });
    const newlyConfirmed = await repositories.partnershipPages.insertAgreementConfirmation({
      partnershipId: membership.partnership.id,
      applicationId: membership.self.id,
      confirmedAt: deps.clock.now(),
    });
    return ok({ newlyConfirmed });
  });
}
