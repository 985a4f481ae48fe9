import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { mentoringOfferUrl } from "./opportunity-links.ts";

/**
 * The mentee accepts or declines a mentoring offer; the mentor is told by email (accepting
 * gives each the other's address on the offer's page, and the mentor the mentee's in the
 * email). Only the mentee; answering twice is `answered`.
 */
export async function answerMentoringOffer(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { offerId: string; answer: "accept" | "decline" },
): Promise<Result<{ status: "accepted" | "declined" }>> {
  return deps.uow.transaction(async (repositories) => {
    const offer = await repositories.opportunities.findMentoringOffer(input.offerId);
    if (!actor || !offer || offer.menteeId !== actor.userId) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const status = input.answer === "accept" ? "accepted" : "declined";
    if (!(await repositories.opportunities.answerMentoringOffer(offer.id, { status, at: now })))
      return fail({ code: "conflict", reason: "answered" });
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: offer.mentor.email,
        toName: offer.mentor.name,
        locale: offer.mentor.locale ?? "en",
        dedupeKey: `mentoring-offer-answered:${offer.id}`,
        message: {
          kind: "mentoring-offer-answered",
          recipientName: offer.mentor.name,
          menteeName: offer.mentee.name,
          accepted: status === "accepted",
          menteeEmail: status === "accepted" ? offer.mentee.email : null,
          offerUrl: mentoringOfferUrl(deps, offer.id),
        },
      },
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: `mentoring_offer.${status}`,
      subjectType: "mentoring_offer",
      subjectId: offer.id,
      createdAt: now,
    });
    return ok({ status });
  });
}
