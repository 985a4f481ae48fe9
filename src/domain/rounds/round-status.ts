/** The life of a round; only the transitions listed here are allowed. */
export const ROUND_STATUSES = ["draft", "open", "closed", "matched", "active", "finished"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

const ALLOWED_TRANSITIONS: Record<RoundStatus, readonly RoundStatus[]> = {
  draft: ["open"],
  // Re-opening a closed round lets a facilitator take late applications before matching.
  open: ["closed"],
  closed: ["open", "matched"],
  matched: ["active"],
  active: ["finished"],
  finished: [],
};

export function allowedNextStatuses(from: RoundStatus): readonly RoundStatus[] {
  return ALLOWED_TRANSITIONS[from];
}

export type RoundTransitionError = {
  code: "transition_not_allowed";
  from: RoundStatus;
  to: RoundStatus;
};

export function checkRoundTransition(
  from: RoundStatus,
  to: RoundStatus,
): RoundTransitionError | undefined {
  return ALLOWED_TRANSITIONS[from].includes(to)
    ? undefined
    : { code: "transition_not_allowed", from, to };
}

export function isRoundStatus(value: string): value is RoundStatus {
  return (ROUND_STATUSES as readonly string[]).includes(value);
}

/** Applicants can apply, edit and withdraw only while the round is open and before it closes. */
export function acceptsApplications(
  round: { status: string; applicationsOpenAt: Date; applicationsCloseAt: Date },
  now: Date,
): boolean {
  return (
    round.status === "open" &&
    now.getTime() >= round.applicationsOpenAt.getTime() &&
    now.getTime() < round.applicationsCloseAt.getTime()
  );
}
