/** The emails of events, built here and rendered by src/mail/templates/events. */

/** What every event email says about the event, on the event's own clock. */
export interface EventEmailDetails {
  recipientName: string;
  title: string;
  /** The network or programme that publishes it. */
  publisherName: string;
  /** The occurrence the email is about (the first, for a registration). */
  startsAt: Date;
  endsAt: Date;
  /** The event's zone: times are shown on its clock, with the zone named. */
  timeZone: string;
  /** Venue, city, country; "" online only. */
  place: string;
  /** The meeting link, for registered members only; "" otherwise. */
  onlineUrl: string;
  /** How many occurrences the series has (1 when it does not repeat). */
  occurrences: number;
  /** A course's weeks, else null. */
  courseWeeks: number | null;
  eventUrl: string;
}

export type EventEmailMessage =
  | ({
      kind: "event-registration";
      status: "registered" | "waitlisted";
      /** 1-based place in the waitlist. */
      waitlistPosition: number | null;
      /** The .ics of the event, sent along when delivered (a place was given). */
      calendarUrl: string;
    } & EventEmailDetails)
  | ({ kind: "event-promoted"; calendarUrl: string } & EventEmailDetails)
  | ({ kind: "event-cancelled" } & EventEmailDetails)
  | ({ kind: "event-reminder" } & EventEmailDetails);
