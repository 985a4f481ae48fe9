/**
 * What the events use cases are given. Events, CPD and courses (issue 14): publishing,
 * registration with a waitlist, reminders and calendar feeds.
 */
import type { EventKind } from "../../domain/events/event-input.ts";
import type { Occurrence, Repeat } from "../../domain/events/event-occurrences.ts";
import type { RegistrationStatus } from "../../domain/events/event-waitlist.ts";
import type { Publisher } from "../authorise.ts";
import type { Page } from "../page.ts";

export type EventStatus = "scheduled" | "cancelled";

export interface EventRecord {
  id: string;
  slug: string;
  networkId: string | null;
  programmeId: string | null;
  title: string;
  description: string;
  kind: EventKind;
  online: boolean;
  onlineUrl: string;
  venue: string;
  city: string;
  country: string;
  timeZone: string;
  startsAt: Date;
  durationMinutes: number;
  repeat: Repeat;
  occurrences: number;
  courseWeeks: number | null;
  capacity: number | null;
  topics: string[];
  language: string;
  status: EventStatus;
  sequence: number;
  createdBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CourseUnitRecord {
  week: number;
  title: string;
  body: string;
}

/** Who publishes an event, as a page shows it. */
export interface PublisherSummary {
  kind: "network" | "programme";
  id: string;
  slug: string;
  name: string;
}

export interface EventWithPublisher extends EventRecord {
  publisher: PublisherSummary;
}

export interface RegistrationCounts {
  registered: number;
  waitlisted: number;
}

export interface RegistrationRecord {
  eventId: string;
  userId: string;
  status: RegistrationStatus;
  createdAt: Date;
  promotedAt: Date | null;
  cancelledAt: Date | null;
}

/** A registrant as the organiser and the emails see them. */
export interface Registrant {
  userId: string;
  name: string;
  email: string;
  locale: string;
  status: RegistrationStatus;
  createdAt: Date;
}

/** One upcoming occurrence in a listing, with its event. */
export interface ListedOccurrence {
  event: EventWithPublisher;
  position: number;
  startsAt: Date;
  endsAt: Date;
}

export interface EventListingFilters {
  /** Occurrences starting at or after. */
  from: Date;
  /** Occurrences starting before, if given. */
  until?: Date;
  country?: string;
  online?: boolean;
  topic?: string;
  networkId?: string;
  search?: string;
}

/** A registered member's reminder due for one occurrence. */
export interface DueReminder {
  eventId: string;
  userId: string;
  occurrenceStartsAt: Date;
  occurrenceEndsAt: Date;
  name: string;
  email: string;
  locale: string;
}

/**
 * The most upcoming occurrences the listing counts: past it the total reads "this many or
 * more" and the reader narrows with the filters (an exact count would read every row).
 * 500 is 25 pages; counting to 1,000 made a common search word ("workshop" over 50,000
 * events) the slowest listing of the bench, for pages nobody turns to.
 */
export const LISTING_COUNT_LIMIT = 500;

export interface EventRepository {
  /** The network (approved) or programme with this slug, as a publisher. */
  findPublisherBySlug(
    kind: "network" | "programme",
    slug: string,
  ): Promise<PublisherSummary | undefined>;
  slugExists(slug: string): Promise<boolean>;
  insert(event: EventRecord, occurrences: Occurrence[], units: CourseUnitRecord[]): Promise<void>;
  /** Writes every field, and replaces the stored occurrences and units. */
  update(event: EventRecord, occurrences: Occurrence[], units: CourseUnitRecord[]): Promise<void>;
  /** Every field of the event (status, sequence), occurrences and units untouched. */
  updateStatus(event: EventRecord): Promise<void>;
  findBySlug(slug: string): Promise<EventWithPublisher | undefined>;
  findById(id: string): Promise<EventWithPublisher | undefined>;
  /** The event's row, locked until the transaction ends: registrations wait for each other. */
  lockBySlug(slug: string): Promise<EventWithPublisher | undefined>;
  listOccurrences(eventId: string): Promise<Occurrence[]>;
  listUnits(eventId: string): Promise<CourseUnitRecord[]>;
  countRegistrations(eventId: string): Promise<RegistrationCounts>;
  findRegistration(eventId: string, userId: string): Promise<RegistrationRecord | undefined>;
  /** 1-based place in the waitlist, if waitlisted. */
  findWaitlistPosition(eventId: string, userId: string): Promise<number | undefined>;
  /** Creates the registration, or renews a cancelled one (it joins the end of the queue). */
  saveRegistration(registration: RegistrationRecord): Promise<void>;
  /**
   * Cancels a registration that is registered or waitlisted; returns the status it had, or
   * nothing when it had none (already cancelled: changes nothing).
   */
  cancelRegistration(
    eventId: string,
    userId: string,
    now: Date,
  ): Promise<"registered" | "waitlisted" | undefined>;
  /**
   * Moves the first `count` waitlisted (by createdAt) up to registered, only those still
   * waitlisted; returns who moved.
   */
  promoteFromWaitlist(eventId: string, count: number, now: Date): Promise<Registrant[]>;
  listRegistrants(
    eventId: string,
    status: "registered" | "waitlisted",
    page: { offset: number; limit: number },
  ): Promise<Page<Registrant>>;
  /** Registered and waitlisted people, for a cancellation's emails. */
  listActiveRegistrants(eventId: string): Promise<Registrant[]>;
  findRegistrant(eventId: string, userId: string): Promise<Registrant | undefined>;
  /** Upcoming occurrences of scheduled events, soonest first, paged in SQL; total up to LISTING_COUNT_LIMIT. */
  listUpcomingOccurrences(
    filters: EventListingFilters,
    page: { offset: number; limit: number },
  ): Promise<Page<ListedOccurrence>>;
  /** A publisher's events whose last occurrence has not ended, soonest first. */
  listPublisherEvents(
    publisher: Publisher,
    now: Date,
    page: { offset: number; limit: number },
  ): Promise<Page<EventWithPublisher>>;
  /** A publisher's events for its feed (cancelled too), latest start first. */
  listPublisherEventsForFeed(publisher: Publisher, limit: number): Promise<EventWithPublisher[]>;
  /** A member's registered events for their personal feed. */
  listRegisteredEventsForFeed(userId: string, limit: number): Promise<EventWithPublisher[]>;
  /** The occurrences of these events (for feeds), by event id. */
  listOccurrencesOf(eventIds: readonly string[]): Promise<Map<string, Occurrence[]>>;
  /** A member's personal calendar address, if one is active. */
  findCalendarFeed(userId: string): Promise<{ createdAt: Date } | undefined>;
  findCalendarFeedUser(tokenHash: string): Promise<string | undefined>;
  /** Sets (or replaces: the old address stops working) a member's feed token. */
  saveCalendarFeed(userId: string, tokenHash: string, now: Date): Promise<void>;
  deleteCalendarFeed(userId: string): Promise<void>;
  /** Registered members' occurrences starting in (after, until] not yet reminded. */
  listDueReminders(window: { after: Date; until: Date }, limit: number): Promise<DueReminder[]>;
  /** Records a reminder; false when it was already recorded (another run sent it). */
  claimReminder(reminder: {
    eventId: string;
    userId: string;
    occurrenceStartsAt: Date;
    sentAt: Date;
  }): Promise<boolean>;
}
