/**
 * A spotlight's life (issue 15): asked of its colleague, then published when they agree or
 * declined; a published one may be withdrawn by the colleague at any time. Declined and
 * withdrawn are final (the author may write again). Who sees what follows from the status
 * and the viewer's part in it, and nothing else.
 */
export const SPOTLIGHT_STATUSES = ["asked", "published", "declined", "withdrawn"] as const;
export type SpotlightStatus = (typeof SPOTLIGHT_STATUSES)[number];

export function isSpotlightStatus(value: string): value is SpotlightStatus {
  return (SPOTLIGHT_STATUSES as readonly string[]).includes(value);
}

/** The viewer's part: wrote it, is its colleague, or anyone else (signed in or not). */
export type SpotlightPart = "author" | "subject" | "other";

/** The colleague's answers and the author's removal. */
export type SpotlightAnswer = "agree" | "decline" | "withdraw";

/**
 * Until the colleague agrees, only the author and the colleague see it; once declined or
 * withdrawn, only the author does (with its state). Published: everyone.
 */
export function isSpotlightVisible(status: SpotlightStatus, part: SpotlightPart): boolean {
  if (part === "author") return true;
  if (part === "subject") return status === "asked" || status === "published";
  return status === "published";
}

/** The status an answer leads to, or undefined when it is not allowed from `status`. */
export function nextSpotlightStatus(
  status: SpotlightStatus,
  answer: SpotlightAnswer,
): SpotlightStatus | undefined {
  if (status === "asked" && answer === "agree") return "published";
  if (status === "asked" && answer === "decline") return "declined";
  if (status === "published" && answer === "withdraw") return "withdrawn";
  return undefined;
}

/** The answers the colleague may give now. */
export function answersOpenTo(status: SpotlightStatus): SpotlightAnswer[] {
  if (status === "asked") return ["agree", "decline"];
  if (status === "published") return ["withdraw"];
  return [];
}

/** Members thank a published spotlight; its author and colleague are the ones thanked. */
export function mayThank(status: SpotlightStatus, part: SpotlightPart): boolean {
  return status === "published" && part === "other";
}
