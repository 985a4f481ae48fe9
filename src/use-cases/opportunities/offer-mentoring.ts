import {
  parseMentoringOfferInput,
  type MentoringOfferFormValues,
} from "../../domain/opportunities/mentoring-offer-input.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { mayOfferMentoring } from "./get-nomination.ts";
import { mentoringOfferUrl, roundPageUrl } from "./opportunity-links.ts";
import { openMentoringRounds } from "./open-mentoring-rounds.ts";
import type { MentoringOfferRecord } from "./opportunity-ports.ts";

/**
 * After an outcome, the nominator offers to mentor the nominee directly, or points them to an
 * open mentoring round, with a message. The nominee is emailed and answers on the offer's
 * page. One live offer per nomination (`offered`).
 */
export async function offerMentoring(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: { nominationId: string; values: MentoringOfferFormValues },
): Promise<Result<{ offerId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.opportunities.findNomination(input.nominationId);
    if (!actor || !found || !mayOfferMentoring(found, actor)) return fail({ code: "not_found" });
    if (await repositories.opportunities.findLiveOfferForNomination(found.id))
      return fail({ code: "conflict", reason: "offered" });
    const now = deps.clock.now();
    const rounds = await openMentoringRounds(repositories, now);
    const parsed = parseMentoringOfferInput(
      input.values,
      rounds.map((r) => r.id),
    );
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const [mentor, mentee] = await Promise.all([
      repositories.users.findById(actor.userId),
      repositories.users.findById(found.nomineeUserId!),
    ]);
    if (!mentor || !mentee) return fail({ code: "not_found" });
    const offer: MentoringOfferRecord = {
      id: deps.ids.newId(),
      mentorId: mentor.id,
      menteeId: mentee.id,
      nominationId: found.id,
      roundId: parsed.value.roundId,
      message: parsed.value.message,
      status: "offered",
      createdAt: now,
      answeredAt: null,
    };
    await repositories.opportunities.insertMentoringOffer(offer);
    const round = rounds.find((r) => r.id === offer.roundId);
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: mentee.email,
        toName: mentee.name,
        locale: mentee.locale ?? found.nomineeLocale,
        dedupeKey: `mentoring-offer:${offer.id}`,
        message: {
          kind: "mentoring-offer",
          recipientName: mentee.name,
          mentorName: mentor.name,
          message: offer.message,
          round: round ? { name: round.name, url: roundPageUrl(deps, round) } : null,
          offerUrl: mentoringOfferUrl(deps, offer.id),
        },
      },
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "mentoring_offer.made",
      subjectType: "mentoring_offer",
      subjectId: offer.id,
      data: { nominationId: found.id, roundId: offer.roundId },
      createdAt: now,
    });
    return ok({ offerId: offer.id });
  });
}
