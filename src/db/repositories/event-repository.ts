/** Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
import { and, asc, count, desc, eq, gt, gte, inArray, isNull, lt, lte, or, sql } from "drizzle-orm";
import type { EventKind } from "../../domain/events/event-input.ts";
import type { Occurrence, Repeat } from "../../domain/events/event-occurrences.ts";
import type { RegistrationStatus } from "../../domain/events/event-waitlist.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import {
  LISTING_COUNT_LIMIT,
  type EventRecord,
  type EventRepository,
  type EventStatus,
  type EventWithPublisher,
  type Registrant,
} from "../../use-cases/events/event-ports.ts";
import { matchesSearchSql } from "../contains-pattern.ts";
import type { Executor } from "../database.ts";
import { pageWithTotal } from "../page-with-total.ts";
import {
  calendarFeed,
  courseUnit,
  event,
  eventOccurrence,
  eventOccurrenceTopic,
  eventRegistration,
  eventReminder,
  network,
  programme,
  user,
} from "../schema/index.ts";

type EventRow = typeof event.$inferSelect;

const publisherColumns = {
  networkSlug: network.slug,
  networkName: network.name,
  programmeSlug: programme.slug,
  programmeName: programme.name,
};

type PublisherColumns = {
  networkSlug: string | null;
  networkName: string | null;
  programmeSlug: string | null;
  programmeName: string | null;
};

function toRecord(row: EventRow): EventRecord {
  const { searchText: _searchText, ...rest } = row;
  return {
    ...rest,
    kind: row.kind as EventKind,
    repeat: row.repeat as Repeat,
    status: row.status as EventStatus,
  };
}

function withPublisher(row: EventRow, p: PublisherColumns): EventWithPublisher {
  return {
    ...toRecord(row),
    publisher: row.networkId
      ? { kind: "network", id: row.networkId, slug: p.networkSlug ?? "", name: p.networkName ?? "" }
      : {
          kind: "programme",
          id: row.programmeId ?? "",
          slug: p.programmeSlug ?? "",
          name: p.programmeName ?? "",
        },
  };
}

/** What the listing filters on, copied onto each occurrence (see schema/events.ts); topics have their own table. */
function listingCopies(e: EventRecord) {
  return { listed: e.status === "scheduled", online: e.online, country: e.country };
}

function eventSearchText(e: EventRecord): string {
  return searchTextOf([e.title, e.venue, e.city, e.description.slice(0, 2000)]);
}

const registrantColumns = {
  userId: eventRegistration.userId,
  name: user.name,
  email: user.email,
  locale: sql<string>`coalesce(${user.locale}, 'en')`,
  status: eventRegistration.status,
  createdAt: eventRegistration.createdAt,
};

const toRegistrant = (row: {
  userId: string;
  name: string;
  email: string;
  locale: string;
  status: string;
  createdAt: Date;
}): Registrant => ({ ...row, status: row.status as RegistrationStatus });

export function createEventRepository(db: Executor): EventRepository {
  const eventsWithPublisher = () =>
    db
      .select({ event, ...publisherColumns })
      .from(event)
      .leftJoin(network, eq(network.id, event.networkId))
      .leftJoin(programme, eq(programme.id, event.programmeId));

  async function writeSeries(
    record: EventRecord,
    occurrences: Occurrence[],
    units: { week: number; title: string; body: string }[],
  ) {
    const eventId = record.id;
    await db.delete(eventOccurrence).where(eq(eventOccurrence.eventId, eventId));
    await db.delete(courseUnit).where(eq(courseUnit.eventId, eventId));
    const copies = listingCopies(record);
    if (occurrences.length > 0)
      await db
        .insert(eventOccurrence)
        .values(occurrences.map((o) => ({ eventId, ...o, ...copies })));
    const topics = copies.listed ? [...new Set(record.topics)] : [];
    // The old series' topic rows went with its occurrences (on delete cascade).
    const byTopic = topics.flatMap((topic) =>
      occurrences.map((o) => ({ topic, startsAt: o.startsAt, eventId, position: o.position })),
    );
    if (byTopic.length > 0) await db.insert(eventOccurrenceTopic).values(byTopic);
    if (units.length > 0) await db.insert(courseUnit).values(units.map((u) => ({ eventId, ...u })));
  }

  return {
    async findPublisherBySlug(kind, slug) {
      if (kind === "network") {
        const [row] = await db
          .select({ id: network.id, slug: network.slug, name: network.name })
          .from(network)
          .where(and(eq(network.slug, slug), eq(network.status, "approved")));
        return row && { kind, ...row };
      }
      const [row] = await db
        .select({ id: programme.id, slug: programme.slug, name: programme.name })
        .from(programme)
        .where(eq(programme.slug, slug));
      return row && { kind, ...row };
    },
    async slugExists(slug) {
      const rows = await db.select({ id: event.id }).from(event).where(eq(event.slug, slug));
      return rows.length > 0;
    },
    async insert(record, occurrences, units) {
      await db.insert(event).values({ ...record, searchText: eventSearchText(record) });
      await writeSeries(record, occurrences, units);
    },
    async update(record, occurrences, units) {
      const { id, ...fields } = record;
      await db
        .update(event)
        .set({ ...fields, searchText: eventSearchText(record) })
        .where(eq(event.id, id));
      await writeSeries(record, occurrences, units);
    },
    async updateStatus(record) {
      const { id, status, sequence, updatedAt } = record;
      await db.update(event).set({ status, sequence, updatedAt }).where(eq(event.id, id));
      const { listed } = listingCopies(record);
      await db.update(eventOccurrence).set({ listed }).where(eq(eventOccurrence.eventId, id));
      // Only cancelling changes the status: its topics leave the listing with it.
      if (!listed)
        await db.delete(eventOccurrenceTopic).where(eq(eventOccurrenceTopic.eventId, id));
    },
    async findBySlug(slug) {
      const [row] = await eventsWithPublisher().where(eq(event.slug, slug));
      return row && withPublisher(row.event, row);
    },
    async findById(id) {
      const [row] = await eventsWithPublisher().where(eq(event.id, id));
      return row && withPublisher(row.event, row);
    },
    async lockBySlug(slug) {
      const [locked] = await db
        .select({ id: event.id })
        .from(event)
        .where(eq(event.slug, slug))
        .for("update");
      if (!locked) return undefined;
      const [row] = await eventsWithPublisher().where(eq(event.id, locked.id));
      return row && withPublisher(row.event, row);
    },
    async listOccurrences(eventId) {
      return db
        .select({
          position: eventOccurrence.position,
          startsAt: eventOccurrence.startsAt,
          endsAt: eventOccurrence.endsAt,
        })
        .from(eventOccurrence)
        .where(eq(eventOccurrence.eventId, eventId))
        .orderBy(asc(eventOccurrence.position));
    },
    async listUnits(eventId) {
      return db
        .select({ week: courseUnit.week, title: courseUnit.title, body: courseUnit.body })
        .from(courseUnit)
        .where(eq(courseUnit.eventId, eventId))
        .orderBy(asc(courseUnit.week));
    },
    async countRegistrations(eventId) {
      const rows = await db
        .select({ status: eventRegistration.status, n: count() })
        .from(eventRegistration)
        .where(eq(eventRegistration.eventId, eventId))
        .groupBy(eventRegistration.status);
      const of = (status: string) => rows.find((r) => r.status === status)?.n ?? 0;
      return { registered: of("registered"), waitlisted: of("waitlisted") };
    },
    async findRegistration(eventId, userId) {
      const [row] = await db
        .select()
        .from(eventRegistration)
        .where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.userId, userId)));
      return row && { ...row, status: row.status as RegistrationStatus };
    },
    async findWaitlistPosition(eventId, userId) {
      const mine = await this.findRegistration(eventId, userId);
      if (mine?.status !== "waitlisted") return undefined;
      const [row] = await db
        .select({ ahead: count() })
        .from(eventRegistration)
        .where(
          and(
            eq(eventRegistration.eventId, eventId),
            eq(eventRegistration.status, "waitlisted"),
            or(
              lt(eventRegistration.createdAt, mine.createdAt),
              and(
                eq(eventRegistration.createdAt, mine.createdAt),
                lt(eventRegistration.userId, userId),
              ),
            ),
          ),
        );
      return (row?.ahead ?? 0) + 1;
    },
    async saveRegistration(registration) {
      const { eventId: _e, userId: _u, ...fields } = registration;
      await db
        .insert(eventRegistration)
        .values(registration)
        .onConflictDoUpdate({
          target: [eventRegistration.eventId, eventRegistration.userId],
          set: fields,
        });
    },
    async cancelRegistration(eventId, userId, now) {
      const current = await this.findRegistration(eventId, userId);
      if (current?.status !== "registered" && current?.status !== "waitlisted") return undefined;
      // Conditional: only the request that finds it still in this status cancels it.
      const changed = await db
        .update(eventRegistration)
        .set({ status: "cancelled", cancelledAt: now })
        .where(
          and(
            eq(eventRegistration.eventId, eventId),
            eq(eventRegistration.userId, userId),
            eq(eventRegistration.status, current.status),
          ),
        )
        .returning({ userId: eventRegistration.userId });
      return changed.length > 0 ? current.status : undefined;
    },
    async promoteFromWaitlist(eventId, n, now) {
      if (n <= 0) return [];
      const first = db
        .select({ userId: eventRegistration.userId })
        .from(eventRegistration)
        .where(
          and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.status, "waitlisted")),
        )
        .orderBy(asc(eventRegistration.createdAt), asc(eventRegistration.userId))
        .limit(n);
      const moved = await db
        .update(eventRegistration)
        .set({ status: "registered", promotedAt: now })
        .where(
          and(
            eq(eventRegistration.eventId, eventId),
            eq(eventRegistration.status, "waitlisted"),
            inArray(eventRegistration.userId, first),
          ),
        )
        .returning({ userId: eventRegistration.userId });
      if (moved.length === 0) return [];
      const rows = await db
        .select(registrantColumns)
        .from(eventRegistration)
        .innerJoin(user, eq(user.id, eventRegistration.userId))
        .where(
          and(
            eq(eventRegistration.eventId, eventId),
            inArray(
              eventRegistration.userId,
              moved.map((m) => m.userId),
            ),
          ),
        );
      return rows.map(toRegistrant);
    },
    async listRegistrants(eventId, status, page) {
      const where = and(
        eq(eventRegistration.eventId, eventId),
        eq(eventRegistration.status, status),
      );
      const { rows, total } = await pageWithTotal(
        db
          .select(registrantColumns)
          .from(eventRegistration)
          .innerJoin(user, eq(user.id, eventRegistration.userId))
          .where(where)
          .orderBy(asc(eventRegistration.createdAt), asc(eventRegistration.userId))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(eventRegistration).where(where),
      );
      return { items: rows.map(toRegistrant), total };
    },
    async listActiveRegistrants(eventId) {
      const rows = await db
        .select(registrantColumns)
        .from(eventRegistration)
        .innerJoin(user, eq(user.id, eventRegistration.userId))
        .where(
          and(
            eq(eventRegistration.eventId, eventId),
            inArray(eventRegistration.status, ["registered", "waitlisted"]),
          ),
        )
        .orderBy(asc(eventRegistration.createdAt));
      return rows.map(toRegistrant);
    },
    async findRegistrant(eventId, userId) {
      const [row] = await db
        .select(registrantColumns)
        .from(eventRegistration)
        .innerJoin(user, eq(user.id, eventRegistration.userId))
        .where(and(eq(eventRegistration.eventId, eventId), eq(eventRegistration.userId, userId)));
      return row && toRegistrant(row);
    },
    async listUpcomingOccurrences(filters, page) {
      const o = eventOccurrence;
      const t = eventOccurrenceTopic;
      // Only the network and the search words are the event's own; the rest is on the
      // occurrence (or a topic's own list of them), walked in start order along an index and
      // stopped after the page.
      const walked = filters.topic ? t : o;
      const byEvent = filters.networkId !== undefined || filters.search !== undefined;
      const where = and(
        filters.topic ? eq(t.topic, filters.topic) : o.listed,
        gte(walked.startsAt, filters.from),
        filters.until ? lt(walked.startsAt, filters.until) : undefined,
        filters.country ? eq(o.country, filters.country) : undefined,
        filters.online ? o.online : undefined,
        filters.networkId ? eq(event.networkId, filters.networkId) : undefined,
        filters.search ? matchesSearchSql(event.searchText, filters.search) : undefined,
      );
      const occurrences = () => {
        let query = db
          .select({ eventId: walked.eventId, position: walked.position, startsAt: walked.startsAt })
          .from(walked)
          .$dynamic();
        if (filters.topic && (filters.country || filters.online))
          query = query.innerJoin(o, and(eq(o.eventId, t.eventId), eq(o.position, t.position)));
        if (byEvent) query = query.innerJoin(event, eq(event.id, walked.eventId));
        return query;
      };
      // Counted up to a bound: an exact count of every upcoming occurrence would read them
      // all on each page; past the bound the reader narrows with the filters.
      const counted = sql<number>`(select count(*) from (${occurrences()
        .where(where)
        .limit(LISTING_COUNT_LIMIT)}) counted)`.mapWith(Number);
      // The page's keys first, then the events and publishers of those rows alone: joined
      // in the walk, every skipped row of a deep page fetched its event and publisher.
      const keys = occurrences()
        .where(where)
        .orderBy(asc(walked.startsAt), asc(walked.eventId), asc(walked.position))
        .offset(page.offset)
        .limit(page.limit)
        .as("page");
      const rows = await db
        .select({
          event,
          ...publisherColumns,
          position: keys.position,
          startsAt: keys.startsAt,
          endsAt: o.endsAt,
          total: counted,
        })
        .from(keys)
        .innerJoin(o, and(eq(o.eventId, keys.eventId), eq(o.position, keys.position)))
        .innerJoin(event, eq(event.id, keys.eventId))
        .leftJoin(network, eq(network.id, event.networkId))
        .leftJoin(programme, eq(programme.id, event.programmeId))
        .orderBy(asc(keys.startsAt), asc(keys.eventId), asc(keys.position));
      let total = rows[0]?.total ?? 0;
      if (rows.length === 0 && page.offset > 0) {
        const [again] = await db.select({ n: counted }).from(sql`(select 1) one`);
        total = again?.n ?? 0;
      }
      return {
        items: rows.map((r) => ({
          event: withPublisher(r.event, r),
          position: r.position,
          startsAt: r.startsAt,
          endsAt: r.endsAt,
        })),
        total,
      };
    },
    async listPublisherEvents(publisher, now, page) {
      const lastEnd = sql`(select max(${eventOccurrence.endsAt}) from ${eventOccurrence} where ${eventOccurrence.eventId} = ${event.id})`;
      const where = and(
        publisherIs(publisher),
        eq(event.status, "scheduled"),
        sql`${lastEnd} > ${now}`,
      );
      const { rows, total } = await pageWithTotal(
        eventsWithPublisher()
          .where(where)
          .orderBy(asc(event.startsAt), asc(event.id))
          .offset(page.offset)
          .limit(page.limit),
        db.select({ n: count() }).from(event).where(where),
      );
      return { items: rows.map((r) => withPublisher(r.event, r)), total };
    },
    async listPublisherEventsForFeed(publisher, limit) {
      const rows = await eventsWithPublisher()
        .where(publisherIs(publisher))
        .orderBy(desc(event.startsAt))
        .limit(limit);
      return rows.map((r) => withPublisher(r.event, r));
    },
    async listRegisteredEventsForFeed(userId, limit) {
      const rows = await eventsWithPublisher()
        .innerJoin(
          eventRegistration,
          and(eq(eventRegistration.eventId, event.id), eq(eventRegistration.userId, userId)),
        )
        .where(eq(eventRegistration.status, "registered"))
        .orderBy(desc(event.startsAt))
        .limit(limit);
      return rows.map((r) => withPublisher(r.event, r));
    },
    async listOccurrencesOf(eventIds) {
      const byEvent = new Map<string, Occurrence[]>();
      if (eventIds.length === 0) return byEvent;
      const rows = await db
        .select()
        .from(eventOccurrence)
        .where(inArray(eventOccurrence.eventId, [...eventIds]))
        .orderBy(asc(eventOccurrence.position));
      for (const { eventId, ...o } of rows)
        byEvent.set(eventId, [...(byEvent.get(eventId) ?? []), o]);
      return byEvent;
    },
    async findCalendarFeed(userId) {
      const [row] = await db
        .select({ createdAt: calendarFeed.createdAt })
        .from(calendarFeed)
        .where(eq(calendarFeed.userId, userId));
      return row;
    },
    async findCalendarFeedUser(tokenHash) {
      const [row] = await db
        .select({ userId: calendarFeed.userId })
        .from(calendarFeed)
        .where(eq(calendarFeed.tokenHash, tokenHash));
      return row?.userId;
    },
    async saveCalendarFeed(userId, tokenHash, now) {
      await db
        .insert(calendarFeed)
        .values({ userId, tokenHash, createdAt: now })
        .onConflictDoUpdate({ target: calendarFeed.userId, set: { tokenHash, createdAt: now } });
    },
    async deleteCalendarFeed(userId) {
      await db.delete(calendarFeed).where(eq(calendarFeed.userId, userId));
    },
    async listDueReminders(window, limit) {
      return db
        .select({
          eventId: eventOccurrence.eventId,
          userId: eventRegistration.userId,
          occurrenceStartsAt: eventOccurrence.startsAt,
          occurrenceEndsAt: eventOccurrence.endsAt,
          name: user.name,
          email: user.email,
          locale: sql<string>`coalesce(${user.locale}, 'en')`,
        })
        .from(eventOccurrence)
        .innerJoin(event, eq(event.id, eventOccurrence.eventId))
        .innerJoin(eventRegistration, eq(eventRegistration.eventId, event.id))
        .innerJoin(user, eq(user.id, eventRegistration.userId))
        .leftJoin(
          eventReminder,
          and(
            eq(eventReminder.eventId, eventOccurrence.eventId),
            eq(eventReminder.userId, eventRegistration.userId),
            eq(eventReminder.occurrenceStartsAt, eventOccurrence.startsAt),
          ),
        )
        .where(
          and(
            gt(eventOccurrence.startsAt, window.after),
            lte(eventOccurrence.startsAt, window.until),
            eq(event.status, "scheduled"),
            eq(eventRegistration.status, "registered"),
            isNull(eventReminder.sentAt),
          ),
        )
        .orderBy(asc(eventOccurrence.startsAt), asc(eventOccurrence.eventId))
        .limit(limit);
    },
    async claimReminder(reminder) {
      const rows = await db
        .insert(eventReminder)
        .values(reminder)
        .onConflictDoNothing()
        .returning({ sentAt: eventReminder.sentAt });
      return rows.length > 0;
    },
  };
}

function publisherIs(publisher: { networkId: string } | { programmeId: string }) {
  return "networkId" in publisher
    ? eq(event.networkId, publisher.networkId)
    : eq(event.programmeId, publisher.programmeId);
}
