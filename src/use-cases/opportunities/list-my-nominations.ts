import {
  nominatorView,
  type NominatorView,
} from "../../domain/opportunities/nomination-visibility.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { OFFERS_SHOWN } from "./list-nominations-of-me.ts";
import type { MentoringOfferWithPeople, OpportunityWithPublisher } from "./opportunity-ports.ts";

export interface SentNomination {
  id: string;
  nomineeName: string;
  /** Never the nominee's answer itself (decision 0019). */
  view: NominatorView;
  opportunity: Pick<OpportunityWithPublisher, "id" | "title" | "publisher">;
}

/** The nominations the signed-in member made, as a nominator sees them, and their offers. */
export async function listMyNominations(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
  page: { offset: number; limit: number },
): Promise<{ nominations: Page<SentNomination>; offers: MentoringOfferWithPeople[] }> {
  const read = deps.uow.read;
  const [nominations, offers] = await Promise.all([
    read.opportunities.listNominationsBy(actor.userId, page),
    read.opportunities.listMentoringOffers(actor.userId, "mentor", OFFERS_SHOWN),
  ]);
  return {
    nominations: {
      total: nominations.total,
      items: nominations.items.map((n) => ({
        id: n.id,
        nomineeName: n.nomineeName,
        view: nominatorView(n),
        opportunity: {
          id: n.opportunity.id,
          title: n.opportunity.title,
          publisher: n.opportunity.publisher,
        },
      })),
    },
    offers,
  };
}
