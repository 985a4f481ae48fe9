import { buildSessionCalendar } from "../../domain/sessions/session-calendar.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { CALENDAR_LINK_PURPOSE } from "./calendar-feed-url.ts";

/** More sessions than any round holds; the feed stays a bounded download. */
const FEED_LIMIT = 500;

/**
 * A round's calendar feed (.ics) for calendar apps, which fetch it without signing in: the
 * signed link is the key. A link that was changed, or of a round that is gone, finds nothing.
 */
export async function getRoundCalendar(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links" | "baseUrl">,
  input: { token: string },
): Promise<Result<{ roundName: string; ics: string }>> {
  const now = deps.clock.now();
  const claims = deps.links.verify(input.token, CALENDAR_LINK_PURPOSE, now);
  if ("error" in claims) return fail({ code: "not_found" });
  const round = await deps.uow.read.rounds.findById(claims.subject);
  if (!round) return fail({ code: "not_found" });
  const sessions = await deps.uow.read.sessions.listForCalendar(round.id, FEED_LIMIT);
  const ics = buildSessionCalendar({
    calendarName: round.name,
    host: new URL(deps.baseUrl).host,
    sessions,
    now,
  });
  return ok({ roundName: round.name, ics });
}
