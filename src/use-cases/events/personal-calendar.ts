import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { eventsCalendar, FEED_LIMIT } from "./event-calendar-feed.ts";
import { personalCalendarUrl } from "./event-links.ts";

/**
 * A member's personal calendar feed of the events they registered for: a secret address
 * (only its hash is stored) that calendar apps fetch without signing in. Making a new one
 * replaces the old; revoking deletes it — either way the old address answers 404.
 */
export async function findMyCalendarFeed(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor,
): Promise<{ active: boolean; createdAt: Date | null }> {
  const feed = await deps.uow.read.events.findCalendarFeed(actor.userId);
  return { active: Boolean(feed), createdAt: feed?.createdAt ?? null };
}

/** A new address (shown once: only its hash is kept); any earlier one stops working. */
export async function createMyCalendarFeed(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "baseUrl">,
  actor: Actor,
): Promise<{ url: string }> {
  const token = deps.ids.newSecret();
  await deps.uow.transaction(async (repositories) => {
    const now = deps.clock.now();
    await repositories.events.saveCalendarFeed(actor.userId, deps.ids.hashSecret(token), now);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "calendar_feed.created",
      subjectType: "user",
      subjectId: actor.userId,
      createdAt: now,
    });
  });
  return { url: personalCalendarUrl(deps, token) };
}

export async function revokeMyCalendarFeed(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor,
): Promise<void> {
  await deps.uow.transaction(async (repositories) => {
    await repositories.events.deleteCalendarFeed(actor.userId);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "calendar_feed.revoked",
      subjectType: "user",
      subjectId: actor.userId,
      createdAt: deps.clock.now(),
    });
  });
}

/** The feed behind a personal address, for calendar apps; a revoked or unknown token: not_found. */
export async function getPersonalCalendar(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "baseUrl">,
  input: { token: string },
): Promise<Result<{ ics: string }>> {
  const read = deps.uow.read;
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(input.token)) return fail({ code: "not_found" });
  const userId = await read.events.findCalendarFeedUser(deps.ids.hashSecret(input.token));
  if (!userId) return fail({ code: "not_found" });
  const events = await read.events.listRegisteredEventsForFeed(userId, FEED_LIMIT);
  const ics = await eventsCalendar(deps, read, {
    calendarName: "Shelfmates",
    events,
    showLinkFor: () => true,
    now: deps.clock.now(),
  });
  return ok({ ics });
}
