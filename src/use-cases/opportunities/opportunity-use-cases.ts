/** The door's part for this feature (see ../use-cases.ts). Opportunities, nominations and mentoring offers (issue 15; decision 0019). */
import type { Bind } from "../use-cases.ts";
import { answerMentoringOffer } from "./answer-mentoring-offer.ts";
import { answerNomination } from "./answer-nomination.ts";
import { closeOpportunity } from "./close-opportunity.ts";
import { findNominationByAnswerLink } from "./find-nomination-by-answer-link.ts";
import { findOpportunityPublisher } from "./find-opportunity-publisher.ts";
import { getMentoringOffer } from "./get-mentoring-offer.ts";
import { getMentoringOfferForm } from "./get-mentoring-offer-form.ts";
import { getNomination } from "./get-nomination.ts";
import { getOpportunityPage } from "./get-opportunity-page.ts";
import { listMyNominations } from "./list-my-nominations.ts";
import { listNominationsForReview } from "./list-nominations-for-review.ts";
import { listNominationsOfMe } from "./list-nominations-of-me.ts";
import { listOpenOpportunities } from "./list-open-opportunities.ts";
import { listPublisherOpportunities } from "./list-publisher-opportunities.ts";
import { nominate } from "./nominate.ts";
import { offerMentoring } from "./offer-mentoring.ts";
import { postOpportunity } from "./post-opportunity.ts";
import { recordNominationOutcome } from "./record-nomination-outcome.ts";

export const opportunityUseCases = (bind: Bind) => ({
  // everyone
  listOpenOpportunities: bind(listOpenOpportunities),
  listPublisherOpportunities: bind(listPublisherOpportunities),
  getOpportunityPage: bind(getOpportunityPage),
  // organisers of a network, facilitators of a programme
  findOpportunityPublisher: bind(findOpportunityPublisher),
  postOpportunity: bind(postOpportunity),
  closeOpportunity: bind(closeOpportunity),
  listNominationsForReview: bind(listNominationsForReview),
  recordNominationOutcome: bind(recordNominationOutcome),
  // members
  nominate: bind(nominate),
  getNomination: bind(getNomination),
  listMyNominations: bind(listMyNominations),
  listNominationsOfMe: bind(listNominationsOfMe),
  getMentoringOfferForm: bind(getMentoringOfferForm),
  offerMentoring: bind(offerMentoring),
  getMentoringOffer: bind(getMentoringOffer),
  answerMentoringOffer: bind(answerMentoringOffer),
  // the nominee, from the emailed link (or signed in)
  findNominationByAnswerLink: bind(findNominationByAnswerLink),
  answerNomination: bind(answerNomination),
});
