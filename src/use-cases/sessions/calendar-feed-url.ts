import type { UseCaseDeps } from "../ports.ts";

export const CALENDAR_LINK_PURPOSE = "round-calendar";

/**
 * The address calendar apps subscribe to: a signed link that never expires, since an app
 * fetches it for months without anyone signing in. It reveals the round's sessions only.
 */
export function calendarFeedUrl(deps: Pick<UseCaseDeps, "links" | "baseUrl">, roundId: string) {
  const token = deps.links.sign({
    purpose: CALENDAR_LINK_PURPOSE,
    subject: roundId,
    expiresAt: null,
  });
  return `${deps.baseUrl}/calendar/${token}.ics`;
}

/** The participants' page of a round's sessions (linked from the reminder). */
export function roundSessionsUrl(deps: Pick<UseCaseDeps, "baseUrl">, roundId: string) {
  return `${deps.baseUrl}/rounds/${roundId}/sessions`;
}
