export const APPLICATION_STATUSES = [
  "submitted",
  "accepted",
  "waitlisted",
  "rejected",
  "withdrawn",
] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** Statuses that count towards the round (and its country cap). */
export const ACTIVE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ["submitted", "accepted"];

export const FACILITATOR_DECISIONS = ["accepted", "waitlisted", "rejected"] as const;
export type FacilitatorDecision = (typeof FACILITATOR_DECISIONS)[number];

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}
