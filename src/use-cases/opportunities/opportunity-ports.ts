/**
 * What the opportunities use cases are given. Opportunities, nominations and mentoring offers
 * (issue 15; decision 0019).
 */
import type { OpportunityKind } from "../../domain/opportunities/opportunity-input.ts";
import type { MentoringOfferStatus } from "../../domain/opportunities/mentoring-offer-input.ts";
import type {
  NominationOutcome,
  NominationStatus,
} from "../../domain/opportunities/nomination-visibility.ts";
import type { Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";

/** Who posts an opportunity: an approved network or a programme. */
export interface OpportunityPublisher {
  kind: "network" | "programme";
  id: string;
  slug: string;
  name: string;
}

export type OpportunityStatus = "open" | "closed";

export interface OpportunityRecord {
  id: string;
  networkId: string | null;
  programmeId: string | null;
  kind: OpportunityKind;
  title: string;
  /** Markdown as written (checked on the way in), sanitised again when rendered. */
  description: string;
  eligibility: string;
  deadline: Date;
  status: OpportunityStatus;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface OpportunityWithPublisher extends OpportunityRecord {
  publisher: OpportunityPublisher;
}

export interface NominationRecord {
  id: string;
  opportunityId: string;
  nominatorId: string | null;
  nomineeUserId: string | null;
  /** Lower-cased. */
  nomineeEmail: string;
  nomineeName: string;
  nomineeLocale: string;
  note: string;
  status: NominationStatus;
  outcome: NominationOutcome | null;
  outcomeAt: Date | null;
  outcomeBy: string | null;
  answerTokenHash: string;
  createdAt: Date;
  answeredAt: Date | null;
}

/** A nomination with its opportunity and its nominator's name, as its pages show it. */
export interface NominationWithContext extends NominationRecord {
  opportunity: OpportunityWithPublisher;
  nominatorName: string | null;
}

export interface MentoringOfferRecord {
  id: string;
  mentorId: string;
  menteeId: string;
  nominationId: string | null;
  roundId: string | null;
  message: string;
  status: MentoringOfferStatus;
  createdAt: Date;
  answeredAt: Date | null;
}

/** An offer with the two people's names and addresses, and the suggested round's address. */
export interface MentoringOfferWithPeople extends MentoringOfferRecord {
  mentor: { name: string; email: string; locale: string | null };
  mentee: { name: string; email: string; locale: string | null };
  round: { name: string; programmeSlug: string; slug: string } | null;
}

export interface OpportunityListingFilters {
  now: Date;
  kind?: OpportunityKind;
  publisher?: Publisher;
}

export interface OpportunityRepository {
  /** An approved network or a programme, by its slug. */
  findPublisherBySlug(
    kind: OpportunityPublisher["kind"],
    slug: string,
  ): Promise<OpportunityPublisher | undefined>;
  findPublisher(publisher: Publisher): Promise<OpportunityPublisher | undefined>;
  insertOpportunity(opportunity: OpportunityRecord): Promise<void>;
  /** An opportunity of an approved network or of a programme. */
  findOpportunity(id: string): Promise<OpportunityWithPublisher | undefined>;
  /** Closes an open opportunity; false when it was closed already. */
  closeOpportunity(id: string, at: Date): Promise<boolean>;
  /** Open opportunities whose deadline is ahead, the soonest deadline first, paged in SQL. */
  listOpenOpportunities(
    filters: OpportunityListingFilters,
    page: { offset: number; limit: number },
  ): Promise<Page<OpportunityWithPublisher>>;

  /** False when this address was nominated for this opportunity already (the unique index). */
  insertNomination(nomination: NominationRecord): Promise<boolean>;
  findNomination(id: string): Promise<NominationWithContext | undefined>;
  findNominationByTokenHash(tokenHash: string): Promise<NominationWithContext | undefined>;
  /** Records the nominee's answer to a nomination still asked; false when it was answered. */
  answerNomination(
    id: string,
    answer: { status: "accepted" | "declined"; nomineeUserId: string | null; at: Date },
  ): Promise<boolean>;
  /** Records the outcome of an accepted nomination without one; false otherwise. */
  recordOutcome(
    id: string,
    outcome: { outcome: NominationOutcome; by: string; at: Date },
  ): Promise<boolean>;
  /** Accepted nominations of an opportunity, oldest first (the organisers' review). */
  listAcceptedNominations(
    opportunityId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<NominationWithContext>>;
  countAcceptedNominations(opportunityId: string): Promise<number>;
  /** The nominations this member made for one opportunity, newest first. */
  listNominationsByFor(nominatorId: string, opportunityId: string): Promise<NominationRecord[]>;
  /** The nominations this member made, newest first. */
  listNominationsBy(
    nominatorId: string,
    page: { offset: number; limit: number },
  ): Promise<Page<NominationWithContext>>;
  /** Nominations of this person (their account, or their proved address), newest first. */
  listNominationsOf(
    nominee: { userId: string; verifiedEmail: string | null },
    page: { offset: number; limit: number },
  ): Promise<Page<NominationWithContext>>;

  insertMentoringOffer(offer: MentoringOfferRecord): Promise<void>;
  findMentoringOffer(id: string): Promise<MentoringOfferWithPeople | undefined>;
  /** An offer still offered or accepted for this nomination, if any. */
  findLiveOfferForNomination(nominationId: string): Promise<MentoringOfferRecord | undefined>;
  /** Records the mentee's answer to an offer still offered; false when it was answered. */
  answerMentoringOffer(
    id: string,
    answer: { status: "accepted" | "declined"; at: Date },
  ): Promise<boolean>;
  /** Offers made by or to this member, newest first, at most `limit`. */
  listMentoringOffers(
    userId: string,
    side: "mentor" | "mentee",
    limit: number,
  ): Promise<MentoringOfferWithPeople[]>;
}
