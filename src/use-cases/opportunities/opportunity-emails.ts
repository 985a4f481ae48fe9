/** The emails of opportunities, built here and rendered by src/mail/templates/opportunities. */
import type { OpportunityKind } from "../../domain/opportunities/opportunity-input.ts";
import type { NominationOutcome } from "../../domain/opportunities/nomination-visibility.ts";

export type OpportunityEmailMessage =
  /** To the nominee: someone nominated them; they accept or decline from the link. */
  | {
      kind: "nomination-request";
      recipientName: string;
      /** "" for a nominator who has since left. */
      nominatorName: string;
      opportunityTitle: string;
      opportunityKind: OpportunityKind;
      publisherName: string;
      note: string;
      deadline: Date;
      /** The zone the deadline is written in (the nominator's), named beside it. */
      timeZone: string;
      answerUrl: string;
    }
  /** To the nominee and to the nominator: the organisers recorded an outcome. */
  | {
      kind: "nomination-outcome";
      recipient: "nominee" | "nominator";
      recipientName: string;
      nomineeName: string;
      opportunityTitle: string;
      publisherName: string;
      outcome: NominationOutcome;
      /** The nominee's: the opportunity; the nominator's: where to offer mentoring, if they can. */
      url: string;
      /** For the nominator: they can offer to mentor the nominee (who has an account). */
      mayOfferMentoring: boolean;
    }
  /** To the mentee: a member offers to mentor them, or suggests an open mentoring round. */
  | {
      kind: "mentoring-offer";
      recipientName: string;
      mentorName: string;
      message: string;
      round: { name: string; url: string } | null;
      offerUrl: string;
    }
  /** To the mentor: the mentee's answer; accepting a direct offer gives the mentee's address. */
  | {
      kind: "mentoring-offer-answered";
      recipientName: string;
      menteeName: string;
      accepted: boolean;
      /** The mentee's address, when they accepted. */
      menteeEmail: string | null;
      offerUrl: string;
    };
