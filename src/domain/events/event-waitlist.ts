/**
 * Who gets a place. Registrations take places in the order they come; past the capacity they
 * wait, in order of when they registered; when a place frees (a cancellation, a larger
 * capacity) the longest-waiting move up, one per free place. The use cases apply these rules
 * with the event's row locked, so two requests at once see each other's outcome.
 */
export const REGISTRATION_STATUSES = ["registered", "waitlisted", "cancelled"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/** Places left; null when the event has no limit. Never negative (a lowered capacity). */
export function placesLeft(capacity: number | null, registered: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - registered);
}

/** Where a new (or renewed) registration goes. */
export function statusForNewRegistration(
  capacity: number | null,
  registered: number,
): "registered" | "waitlisted" {
  const left = placesLeft(capacity, registered);
  return left === null || left > 0 ? "registered" : "waitlisted";
}

/** How many of the waitlist move up now: one per free place, as many as are waiting. */
export function promotionsDue(
  capacity: number | null,
  registered: number,
  waitlisted: number,
): number {
  const left = placesLeft(capacity, registered);
  return left === null ? waitlisted : Math.min(left, waitlisted);
}
