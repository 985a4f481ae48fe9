/**
 * Opportunities, nominations and mentoring offers (issue 15; decision 0019). Which nominations
 * a person may see is decided by the use cases (src/domain/opportunities/nomination-visibility.ts);
 * the queries here only ever list accepted ones for the organisers and a person's own for them.
 */
import {
  aliasedTable,
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  inArray,
  isNull,
  or,
  type SQL,
} from "drizzle-orm";
import { searchTextOf } from "../../domain/search-text.ts";
import type { OpportunityKind } from "../../domain/opportunities/opportunity-input.ts";
import type { MentoringOfferStatus } from "../../domain/opportunities/mentoring-offer-input.ts";
import type {
  NominationOutcome,
  NominationStatus,
} from "../../domain/opportunities/nomination-visibility.ts";
import type {
  MentoringOfferRecord,
  MentoringOfferWithPeople,
  NominationRecord,
  NominationWithContext,
  OpportunityListingFilters,
  OpportunityRecord,
  OpportunityRepository,
  OpportunityStatus,
  OpportunityWithPublisher,
} from "../../use-cases/opportunities/opportunity-ports.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  mentoringOffer,
  network,
  nomination,
  opportunity,
  programme,
  round,
  user,
} from "../schema/index.ts";
import { findPublisher } from "./publisher-query.ts";

/** A network's opportunities show only while it is approved; a programme's always. */
const publishedWhere = or(isNull(opportunity.networkId), eq(network.status, "approved"));

const opportunityColumns = {
  opportunity,
  networkSlug: network.slug,
  networkName: network.name,
  programmeSlug: programme.slug,
  programmeName: programme.name,
};

type OpportunityRow = {
  opportunity: typeof opportunity.$inferSelect;
  networkSlug: string | null;
  networkName: string | null;
  programmeSlug: string | null;
  programmeName: string | null;
};

function toOpportunity(row: OpportunityRow): OpportunityWithPublisher {
  const { searchText: _searchText, ...o } = row.opportunity;
  return {
    ...o,
    kind: o.kind as OpportunityKind,
    status: o.status as OpportunityStatus,
    publisher: o.networkId
      ? { kind: "network", id: o.networkId, slug: row.networkSlug!, name: row.networkName! }
      : {
          kind: "programme",
          id: o.programmeId!,
          slug: row.programmeSlug!,
          name: row.programmeName!,
        },
  };
}

function toNomination(row: typeof nomination.$inferSelect): NominationRecord {
  return {
    ...row,
    status: row.status as NominationStatus,
    outcome: row.outcome as NominationOutcome | null,
  };
}

const nominator = aliasedTable(user, "nominator");
const mentor = aliasedTable(user, "mentor");
const mentee = aliasedTable(user, "mentee");

export function createOpportunityRepository(db: Executor): OpportunityRepository {
  const opportunities = () =>
    db
      .select(opportunityColumns)
      .from(opportunity)
      .leftJoin(network, eq(network.id, opportunity.networkId))
      .leftJoin(programme, eq(programme.id, opportunity.programmeId));

  const nominations = () =>
    db
      .select({ ...opportunityColumns, nomination, nominatorName: nominator.name })
      .from(nomination)
      .innerJoin(opportunity, eq(opportunity.id, nomination.opportunityId))
      .leftJoin(network, eq(network.id, opportunity.networkId))
      .leftJoin(programme, eq(programme.id, opportunity.programmeId))
      .leftJoin(nominator, eq(nominator.id, nomination.nominatorId));

  type NominationRow = OpportunityRow & {
    nomination: typeof nomination.$inferSelect;
    nominatorName: string | null;
  };
  const withContext = (row: NominationRow): NominationWithContext => ({
    ...toNomination(row.nomination),
    opportunity: toOpportunity(row),
    nominatorName: row.nominatorName,
  });

  async function pageOfNominations(
    where: SQL | undefined,
    order: SQL[],
    page: { offset: number; limit: number },
  ) {
    const { rows, total } = await pageWithTotal(
      nominations()
        .where(and(where, publishedWhere))
        .orderBy(...order)
        .offset(page.offset)
        .limit(page.limit),
      db
        .select({ n: count() })
        .from(nomination)
        .innerJoin(opportunity, eq(opportunity.id, nomination.opportunityId))
        .leftJoin(network, eq(network.id, opportunity.networkId))
        .where(and(where, publishedWhere)),
    );
    return { items: rows.map(withContext), total };
  }

  const offers = () =>
    db
      .select({
        offer: mentoringOffer,
        mentorName: mentor.name,
        mentorEmail: mentor.email,
        mentorLocale: mentor.locale,
        menteeName: mentee.name,
        menteeEmail: mentee.email,
        menteeLocale: mentee.locale,
        roundName: round.name,
        roundSlug: round.slug,
        programmeSlug: programme.slug,
      })
      .from(mentoringOffer)
      .innerJoin(mentor, eq(mentor.id, mentoringOffer.mentorId))
      .innerJoin(mentee, eq(mentee.id, mentoringOffer.menteeId))
      .leftJoin(round, eq(round.id, mentoringOffer.roundId))
      .leftJoin(programme, eq(programme.id, round.programmeId));
  type OfferRow = Awaited<ReturnType<ReturnType<typeof offers>["where"]>>[number];
  const toOffer = (row: OfferRow): MentoringOfferWithPeople => ({
    ...row.offer,
    status: row.offer.status as MentoringOfferStatus,
    mentor: { name: row.mentorName, email: row.mentorEmail, locale: row.mentorLocale },
    mentee: { name: row.menteeName, email: row.menteeEmail, locale: row.menteeLocale },
    round:
      row.roundName && row.roundSlug && row.programmeSlug
        ? { name: row.roundName, slug: row.roundSlug, programmeSlug: row.programmeSlug }
        : null,
  });

  return {
    findPublisherBySlug: (kind, slug) => findPublisher(db, kind, { slug }),
    findPublisher: (publisher) =>
      "networkId" in publisher
        ? findPublisher(db, "network", { id: publisher.networkId })
        : findPublisher(db, "programme", { id: publisher.programmeId }),
    async insertOpportunity(record: OpportunityRecord) {
      await db.insert(opportunity).values({
        ...record,
        searchText: searchTextOf([record.title, record.eligibility]),
      });
    },
    async findOpportunity(id) {
      const [row] = await opportunities().where(and(eq(opportunity.id, id), publishedWhere));
      return row && toOpportunity(row);
    },
    async closeOpportunity(id, at) {
      const rows = await db
        .update(opportunity)
        .set({ status: "closed", updatedAt: at })
        .where(and(eq(opportunity.id, id), eq(opportunity.status, "open")))
        .returning({ id: opportunity.id });
      return rows.length > 0;
    },
    async listOpenOpportunities(filters: OpportunityListingFilters, page) {
      const where = and(
        eq(opportunity.status, "open"),
        gt(opportunity.deadline, filters.now),
        publishedWhere,
        filters.kind ? eq(opportunity.kind, filters.kind) : undefined,
        filters.publisher
          ? "networkId" in filters.publisher
            ? eq(opportunity.networkId, filters.publisher.networkId)
            : eq(opportunity.programmeId, filters.publisher.programmeId)
          : undefined,
      );
      const { rows, total } = await pageWithTotal(
        opportunities()
          .where(where)
          .orderBy(asc(opportunity.deadline), asc(opportunity.id))
          .offset(page.offset)
          .limit(page.limit),
        db
          .select({ n: count() })
          .from(opportunity)
          .leftJoin(network, eq(network.id, opportunity.networkId))
          .where(where),
      );
      return { items: rows.map(toOpportunity), total };
    },

    async insertNomination(record) {
      const rows = await db
        .insert(nomination)
        .values(record)
        .onConflictDoNothing()
        .returning({ id: nomination.id });
      return rows.length > 0;
    },
    async findNomination(id) {
      const [row] = await nominations().where(and(eq(nomination.id, id), publishedWhere));
      return row && withContext(row);
    },
    async findNominationByTokenHash(tokenHash) {
      const [row] = await nominations().where(
        and(eq(nomination.answerTokenHash, tokenHash), publishedWhere),
      );
      return row && withContext(row);
    },
    async answerNomination(id, answer) {
      const rows = await db
        .update(nomination)
        .set({
          status: answer.status,
          answeredAt: answer.at,
          ...(answer.nomineeUserId ? { nomineeUserId: answer.nomineeUserId } : {}),
        })
        .where(and(eq(nomination.id, id), eq(nomination.status, "asked")))
        .returning({ id: nomination.id });
      return rows.length > 0;
    },
    async recordOutcome(id, { outcome, by, at }) {
      const rows = await db
        .update(nomination)
        .set({ outcome, outcomeBy: by, outcomeAt: at })
        .where(
          and(eq(nomination.id, id), eq(nomination.status, "accepted"), isNull(nomination.outcome)),
        )
        .returning({ id: nomination.id });
      return rows.length > 0;
    },
    listAcceptedNominations: (opportunityId, page) =>
      pageOfNominations(
        and(eq(nomination.opportunityId, opportunityId), eq(nomination.status, "accepted")),
        [asc(nomination.answeredAt), asc(nomination.id)],
        page,
      ),
    async countAcceptedNominations(opportunityId) {
      const [row] = await db
        .select({ total: count() })
        .from(nomination)
        .where(and(eq(nomination.opportunityId, opportunityId), eq(nomination.status, "accepted")));
      return row?.total ?? 0;
    },
    async listNominationsByFor(nominatorId, opportunityId) {
      const rows = await db
        .select()
        .from(nomination)
        .where(
          and(eq(nomination.nominatorId, nominatorId), eq(nomination.opportunityId, opportunityId)),
        )
        .orderBy(desc(nomination.createdAt), desc(nomination.id));
      return rows.map(toNomination);
    },
    listNominationsBy: (nominatorId, page) =>
      pageOfNominations(
        eq(nomination.nominatorId, nominatorId),
        [desc(nomination.createdAt), desc(nomination.id)],
        page,
      ),
    listNominationsOf: ({ userId, verifiedEmail }, page) =>
      pageOfNominations(
        or(
          eq(nomination.nomineeUserId, userId),
          verifiedEmail ? eq(nomination.nomineeEmail, verifiedEmail.toLowerCase()) : undefined,
        ),
        [desc(nomination.createdAt), desc(nomination.id)],
        page,
      ),

    async insertMentoringOffer(offer: MentoringOfferRecord) {
      await db.insert(mentoringOffer).values(offer);
    },
    async findMentoringOffer(id) {
      const [row] = await offers().where(eq(mentoringOffer.id, id));
      return row && toOffer(row);
    },
    async findLiveOfferForNomination(nominationId) {
      const [row] = await db
        .select()
        .from(mentoringOffer)
        .where(
          and(
            eq(mentoringOffer.nominationId, nominationId),
            inArray(mentoringOffer.status, ["offered", "accepted"]),
          ),
        )
        .limit(1);
      return row && { ...row, status: row.status as MentoringOfferStatus };
    },
    async answerMentoringOffer(id, answer) {
      const rows = await db
        .update(mentoringOffer)
        .set({ status: answer.status, answeredAt: answer.at })
        .where(and(eq(mentoringOffer.id, id), eq(mentoringOffer.status, "offered")))
        .returning({ id: mentoringOffer.id });
      return rows.length > 0;
    },
    async listMentoringOffers(userId, side, limit) {
      const rows = await offers()
        .where(
          side === "mentor"
            ? eq(mentoringOffer.mentorId, userId)
            : eq(mentoringOffer.menteeId, userId),
        )
        .orderBy(desc(mentoringOffer.createdAt), desc(mentoringOffer.id))
        .limit(limit);
      return rows.map(toOffer);
    },
  };
}
