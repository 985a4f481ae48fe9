import { roundHasRules } from "../../domain/rounds/round-texts.ts";
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
    // Rules written only in another of the programme's languages are an agreement too.
    const translations = await repositories.rounds.listTranslations(membership.round.id);
    if (!roundHasRules(membership.round, translations))
      return fail({ code: "conflict", reason: "no_agreement" });
    const newlyConfirmed = await repositories.partnershipPages.insertAgreementConfirmation({
      partnershipId: membership.partnership.id,
      applicationId: membership.self.id,
      confirmedAt: deps.clock.now(),
    });
    return ok({ newlyConfirmed });
  });
}
