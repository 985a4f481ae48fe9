import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { PersonView } from "./privacy-ports.ts";

/** Administrators find a person by part of their name or address (to end sessions or erase). */
export async function listPeopleForAdministrator(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { search: string; page: { offset: number; limit: number } },
): Promise<Result<Page<PersonView>>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  return ok(
    await deps.uow.read.privacy.listPeople(
      input.search.slice(0, 200),
      input.page,
      deps.clock.now(),
    ),
  );
}

export async function findPersonForAdministrator(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  userId: string,
): Promise<Result<PersonView>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  const person = await deps.uow.read.privacy.findPerson(userId, deps.clock.now());
  return person ? ok(person) : fail({ code: "not_found" });
}

/**
 * An administrator ends every session of a person: the very next request made with any of
 * them is signed out (sessions are looked up on every request; decision 0021).
 */
export async function endSessionsAsAdministrator(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { userId: string },
): Promise<Result<{ ended: number }>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  const now = deps.clock.now();
  return deps.uow.transaction(async (repositories) => {
    if (!(await repositories.users.findById(input.userId))) return fail({ code: "not_found" });
    const ended = await repositories.privacy.deleteSessions(input.userId);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "account.sessions_ended",
      subjectType: "user",
      subjectId: input.userId,
      data: { ended },
      createdAt: now,
    });
    return ok({ ended });
  });
}
