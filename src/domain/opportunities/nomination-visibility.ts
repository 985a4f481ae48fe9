/**
 * Who may see a nomination, and what (issue 15; decision 0019). Nothing about a nomination is
 * visible to anyone but its nominee until the nominee accepts — not to the organisers, not on
 * the opportunity's page; a declined (or withdrawn) one is never shown again to anyone but the
 * nominee. The nominator, who wrote it, sees that it was sent, but never the nominee's answer:
 * "answered" reads the same whether they accepted or declined, until an outcome is recorded
 * (which only an accepted nomination can have).
 */

export const NOMINATION_STATUSES = ["asked", "accepted", "declined", "withdrawn"] as const;
export type NominationStatus = (typeof NOMINATION_STATUSES)[number];

export const NOMINATION_OUTCOMES = ["selected", "not_this_time"] as const;
export type NominationOutcome = (typeof NOMINATION_OUTCOMES)[number];

export function isNominationOutcome(value: string): value is NominationOutcome {
  return (NOMINATION_OUTCOMES as readonly string[]).includes(value);
}

export interface NominationFacts {
  nominatorId: string | null;
  nomineeUserId: string | null;
  /** Lower-cased. */
  nomineeEmail: string;
  status: NominationStatus;
}

export interface NominationViewer {
  userId: string;
  /** The viewer's address, only when they have proved they own it; null otherwise. */
  verifiedEmail: string | null;
  /** Organises the opportunity's network, or facilitates its programme (or administers). */
  organises: boolean;
}

export type NominationRole = "nominee" | "nominator" | "organiser";

/** Whether this viewer is the person nominated (by account, or by a proved address). */
export function isNominee(nomination: NominationFacts, viewer: NominationViewer): boolean {
  return (
    nomination.nomineeUserId === viewer.userId ||
    (viewer.verifiedEmail !== null &&
      viewer.verifiedEmail.toLowerCase() === nomination.nomineeEmail)
  );
}

/**
 * The role in which the viewer sees the nomination, the nominee's first; null for anyone who
 * may not see it at all (the page answers 404, as for a nomination that does not exist).
 */
export function nominationRoleOf(
  nomination: NominationFacts,
  viewer: NominationViewer,
): NominationRole | null {
  if (isNominee(nomination, viewer)) return "nominee";
  if (nomination.nominatorId !== null && nomination.nominatorId === viewer.userId)
    return "nominator";
  if (viewer.organises && nomination.status === "accepted") return "organiser";
  return null;
}

/** What the nominator reads about their nomination. */
export type NominatorView = "waiting" | "answered" | NominationOutcome;

export function nominatorView(nomination: {
  status: NominationStatus;
  outcome: NominationOutcome | null;
}): NominatorView {
  if (nomination.status === "asked") return "waiting";
  if (nomination.status === "accepted" && nomination.outcome) return nomination.outcome;
  return "answered";
}
