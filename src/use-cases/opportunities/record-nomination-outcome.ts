import type { NominationOutcome } from "../../domain/opportunities/nomination-visibility.ts";
import { enqueueEmails, type EmailToQueue } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { mayOfferMentoring } from "./get-nomination.ts";
import { canManageOpportunity } from "./opportunity-access.ts";
import { mentorOfferFormUrl, opportunityUrl } from "./opportunity-links.ts";

/**
 * An organiser records the outcome of an accepted nomination: selected, or not this time.
 * Once only. The nominee and the nominator are told by email, each in their language; the
 * nominator is invited to keep supporting the nominee (a mentoring offer).
 */
export async function recordNominationOutcome(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { nominationId: string; outcome: NominationOutcome },
): Promise<Result<{ opportunityId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.opportunities.findNomination(input.nominationId);
    if (
      !actor ||
      !found ||
      found.status !== "accepted" ||
      !(await canManageOpportunity(repositories, actor, found.opportunity))
    )
      return fail({ code: "not_found" });
    const now = deps.clock.now();
    if (
      !(await repositories.opportunities.recordOutcome(found.id, {
        outcome: input.outcome,
        by: actor.userId,
        at: now,
      }))
    )
      return fail({ code: "conflict", reason: "recorded" });
    const [nomineeAccount, nominator] = await Promise.all([
      found.nomineeUserId ? repositories.users.findById(found.nomineeUserId) : undefined,
      found.nominatorId ? repositories.users.findById(found.nominatorId) : undefined,
    ]);
    const about = {
      nomineeName: found.nomineeName,
      opportunityTitle: found.opportunity.title,
      publisherName: found.opportunity.publisher.name,
      outcome: input.outcome,
    };
    const emails: EmailToQueue[] = [
      {
        to: found.nomineeEmail,
        toName: found.nomineeName,
        locale: nomineeAccount?.locale ?? found.nomineeLocale,
        dedupeKey: `nomination-outcome:${found.id}:nominee`,
        message: {
          kind: "nomination-outcome",
          recipient: "nominee",
          recipientName: found.nomineeName,
          url: opportunityUrl(deps, found.opportunityId),
          mayOfferMentoring: false,
          ...about,
        },
      },
    ];
    // A self-nomination's nominee is its nominator: one email is enough.
    if (nominator && nominator.id !== found.nomineeUserId) {
      const invite = mayOfferMentoring(
        { ...found, outcome: input.outcome },
        {
          userId: nominator.id,
          role: nominator.role,
        },
      );
      emails.push({
        to: nominator.email,
        toName: nominator.name,
        locale: nominator.locale ?? "en",
        dedupeKey: `nomination-outcome:${found.id}:nominator`,
        message: {
          kind: "nomination-outcome",
          recipient: "nominator",
          recipientName: nominator.name,
          url: invite
            ? mentorOfferFormUrl(deps, found.id)
            : opportunityUrl(deps, found.opportunityId),
          mayOfferMentoring: invite,
          ...about,
        },
      });
    }
    await enqueueEmails(repositories, { ...deps, now }, emails);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "nomination.outcome",
      subjectType: "nomination",
      subjectId: found.id,
      data: { opportunityId: found.opportunityId, outcome: input.outcome },
      createdAt: now,
    });
    return ok({ opportunityId: found.opportunityId });
  });
}
