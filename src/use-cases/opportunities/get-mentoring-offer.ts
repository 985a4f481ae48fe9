import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { MentoringOfferWithPeople } from "./opportunity-ports.ts";

export interface MentoringOfferPage {
  role: "mentor" | "mentee";
  offer: {
    id: string;
    status: MentoringOfferWithPeople["status"];
    message: string;
    createdAt: Date;
    mentorName: string;
    menteeName: string;
    round: MentoringOfferWithPeople["round"];
    /** The other person's address, once the mentee accepted. */
    otherEmail: string | null;
  };
}

/** A mentoring offer's page, for its mentor and its mentee only; anyone else gets not_found. */
export async function getMentoringOffer(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { offerId: string },
): Promise<Result<MentoringOfferPage>> {
  const offer = actor
    ? await deps.uow.read.opportunities.findMentoringOffer(input.offerId)
    : undefined;
  if (!actor || !offer) return fail({ code: "not_found" });
  const role =
    offer.menteeId === actor.userId ? "mentee" : offer.mentorId === actor.userId ? "mentor" : null;
  if (!role) return fail({ code: "not_found" });
  const accepted = offer.status === "accepted";
  return ok({
    role,
    offer: {
      id: offer.id,
      status: offer.status,
      message: offer.message,
      createdAt: offer.createdAt,
      mentorName: offer.mentor.name,
      menteeName: offer.mentee.name,
      round: offer.round,
      otherEmail: accepted ? (role === "mentee" ? offer.mentor.email : offer.mentee.email) : null,
    },
  });
}
