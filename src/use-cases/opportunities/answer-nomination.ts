import { isNominee } from "../../domain/opportunities/nomination-visibility.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { nominationViewerOf } from "./opportunity-access.ts";
import type { NominationWithContext } from "./opportunity-ports.ts";

/**
 * The nominee accepts or declines, from their emailed link (`token`: no sign-in) or from the
 * nomination's page when signed in with the nominated address (`nominationId`). Accepting
 * makes the nomination visible to the organisers; declining hides it from everyone but the
 * nominee, for good (decision 0019). Accepting a closed opportunity is refused (`closed`);
 * answering twice is `answered`. Nobody is emailed: the nominator is never told the answer.
 */
export async function answerNomination(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: ({ token: string } | { nominationId: string }) & { answer: "accept" | "decline" },
): Promise<Result<{ nominationId: string; status: "accepted" | "declined" }>> {
  return deps.uow.transaction(async (repositories) => {
    const found =
      "token" in input
        ? await repositories.opportunities.findNominationByTokenHash(
            deps.ids.hashSecret(input.token),
          )
        : await findAsNominee(repositories, actor, input.nominationId);
    if (!found) return fail({ code: "not_found" });
    if (found.status !== "asked") return fail({ code: "conflict", reason: "answered" });
    if (input.answer === "accept" && found.opportunity.status !== "open")
      return fail({ code: "closed" });
    const now = deps.clock.now();
    const status = input.answer === "accept" ? "accepted" : "declined";
    // Tie the nomination to the nominee's account when it has proved the address.
    const account = found.nomineeUserId
      ? undefined
      : await repositories.users.findByEmail(found.nomineeEmail);
    const nomineeUserId = found.nomineeUserId ?? (account?.emailVerified ? account.id : null);
    if (
      !(await repositories.opportunities.answerNomination(found.id, {
        status,
        nomineeUserId,
        at: now,
      }))
    )
      return fail({ code: "conflict", reason: "answered" });
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? nomineeUserId,
      action: `nomination.${status}`,
      subjectType: "nomination",
      subjectId: found.id,
      data: { opportunityId: found.opportunityId },
      createdAt: now,
    });
    return ok({ nominationId: found.id, status });
  });
}

async function findAsNominee(
  repositories: Repositories,
  actor: Actor | null,
  nominationId: string,
): Promise<NominationWithContext | undefined> {
  if (!actor) return undefined;
  const found = await repositories.opportunities.findNomination(nominationId);
  if (!found) return undefined;
  const viewer = await nominationViewerOf(repositories, actor, found.opportunity);
  return isNominee(found, viewer) ? found : undefined;
}
