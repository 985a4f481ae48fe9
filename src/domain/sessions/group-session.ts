/**
 * A round's group session: what calendar apps are shown of it, what changes they must be
 * told about (RFC 5545 SEQUENCE), and when its reminder is due.
 */

export const SESSION_STATUSES = ["scheduled", "cancelled"] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

export const RSVP_ANSWERS = ["yes", "maybe", "no"] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

export function isRsvpAnswer(value: string): value is RsvpAnswer {
  return (RSVP_ANSWERS as readonly string[]).includes(value);
}

/** The fields a calendar app shows: a change to any of them raises SEQUENCE. */
export interface SessionDetails {
  title: string;
  description: string;
  startsAt: Date;
  durationMinutes: number;
  onlineUrl: string;
  place: string;
}

const DETAIL_FIELDS = [
  "title",
  "description",
  "startsAt",
  "durationMinutes",
  "onlineUrl",
  "place",
] as const satisfies readonly (keyof SessionDetails)[];

/** Which of the shown fields an edit changes (none: nothing to save, SEQUENCE stays). */
export function changedDetails(
  before: SessionDetails,
  after: SessionDetails,
): (keyof SessionDetails)[] {
  return DETAIL_FIELDS.filter((field) => {
    const a = before[field];
    const b = after[field];
    return a instanceof Date && b instanceof Date ? a.getTime() !== b.getTime() : a !== b;
  });
}

export function sessionEndsAt(session: Pick<SessionDetails, "startsAt" | "durationMinutes">): Date {
  return new Date(session.startsAt.getTime() + session.durationMinutes * 60_000);
}

/** A reminder goes out during the day before a session starts. */
export const REMINDER_LEAD_MS = 24 * 60 * 60 * 1000;

/** The sessions whose reminder is due at `now` start in (now, now + 24 h]. */
export function reminderWindow(now: Date): { after: Date; until: Date } {
  return { after: now, until: new Date(now.getTime() + REMINDER_LEAD_MS) };
}
