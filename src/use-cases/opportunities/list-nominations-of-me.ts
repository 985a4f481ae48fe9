import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { nominationForNominee, type NominationForNominee } from "./nomination-for-nominee.ts";
import type { MentoringOfferWithPeople } from "./opportunity-ports.ts";

/** How many mentoring offers the page lists (a person receives few). */
export const OFFERS_SHOWN = 50;

/**
 * The nominations of the signed-in person (by their account, or their proved address: a
 * nomination made before they had an account is theirs too), and the mentoring offers made
 * to them.
 */
export async function listNominationsOfMe(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  page: { offset: number; limit: number },
): Promise<{ nominations: Page<NominationForNominee>; offers: MentoringOfferWithPeople[] }> {
  const read = deps.uow.read;
  const account = await read.users.findById(actor.userId);
  const verifiedEmail = account?.emailVerified ? account.email : null;
  const [nominations, offers] = await Promise.all([
    read.opportunities.listNominationsOf({ userId: actor.userId, verifiedEmail }, page),
    read.opportunities.listMentoringOffers(actor.userId, "mentee", OFFERS_SHOWN),
  ]);
  return {
    nominations: { items: nominations.items.map(nominationForNominee), total: nominations.total },
    offers,
  };
}
