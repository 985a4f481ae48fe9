import { promotionsDue } from "../../domain/events/event-waitlist.ts";
import { confirmsErasure, type ErasureCounts } from "../../domain/privacy/erasure.ts";
import { queueEventEmails } from "../events/queue-event-email.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { dataSubjectOf } from "./data-subject.ts";

type EraseDeps = Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">;

const typeYourAddress = {
  code: "invalid" as const,
  fieldErrors: { confirm: { key: "privacy:erase.errors.confirm" } },
};

/**
 * "Delete my account" (issue 16), confirmed by typing the account's address. Everything in
 * ONE transaction: the person's applications are anonymised (kept for the round's counts,
 * shown as "a former participant"), their notes, comments and free survey answers cleared,
 * their places at events handed to the waitlist, their sessions, memberships and the account
 * deleted, their name taken out of emails and audit entries; one audit entry says it was done
 * with counts only. The last administrator cannot leave the instance without one.
 */
export async function eraseMyAccount(
  deps: EraseDeps,
  actor: Actor | null,
  input: { confirm: string },
): Promise<Result<ErasureCounts>> {
  if (!actor) return fail({ code: "not_found" });
  return erase(deps, actor, actor.userId, input.confirm, "self");
}

/**
 * An administrator erases someone's account (from /admin/people), confirming with the
 * person's address. Another administrator's account is not erased from here: that person
 * deletes it themselves. Anyone but an administrator is told the page does not exist.
 */
export async function eraseAccountAsAdministrator(
  deps: EraseDeps,
  actor: Actor | null,
  input: { userId: string; confirm: string },
): Promise<Result<ErasureCounts>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  if (input.userId === actor.userId) return fail({ code: "forbidden" });
  return erase(deps, actor, input.userId, input.confirm, "administrator");
}

async function erase(
  deps: EraseDeps,
  actor: Actor,
  userId: string,
  confirm: string,
  by: "self" | "administrator",
): Promise<Result<ErasureCounts>> {
  const now = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    const subject = await dataSubjectOf(repositories, userId);
    if (!subject) return fail({ code: "not_found" });
    if (by === "administrator" && subject.role === "admin") return fail({ code: "forbidden" });
    if (!confirmsErasure(confirm, subject.email)) return fail(typeYourAddress);
    if (subject.role === "admin" && (await repositories.privacy.countAdministrators()) <= 1)
      return fail({ code: "conflict", reason: "last_administrator" });
    await leaveEvents(repositories, deps, userId, now);
    const counts = await repositories.privacy.eraseAccount(subject, {
      name: subject.name,
      email: subject.email,
    });
    await repositories.audit.record({
      id: deps.ids.newId(),
      // The actor of a self-erasure no longer exists; the entry keeps the action, not the name.
      actorUserId: by === "administrator" ? actor.userId : null,
      action: "account.erased",
      subjectType: "user",
      subjectId: userId,
      data: { by, ...counts },
      createdAt: now,
    });
    return ok(counts);
  });
}

/** A place the person held at an event goes to the first person waiting, as a cancellation. */
async function leaveEvents(
  repositories: Repositories,
  deps: EraseDeps,
  userId: string,
  now: Date,
): Promise<void> {
  for (const slug of await repositories.privacy.listActiveEventRegistrations(userId)) {
    const event = await repositories.events.lockBySlug(slug);
    if (!event) continue;
    const previous = await repositories.events.cancelRegistration(event.id, userId, now);
    if (previous !== "registered" || event.status !== "scheduled") continue;
    const counts = await repositories.events.countRegistrations(event.id);
    const moved = await repositories.events.promoteFromWaitlist(
      event.id,
      promotionsDue(event.capacity, counts.registered, counts.waitlisted),
      now,
    );
    const [first] = await repositories.events.listOccurrences(event.id);
    if (first && moved.length > 0)
      await queueEventEmails(
        repositories,
        { ...deps, now },
        event,
        first,
        moved.map((person) => ({
          person,
          extra: { kind: "event-promoted" },
          dedupe: now.toISOString(),
        })),
      );
  }
}
