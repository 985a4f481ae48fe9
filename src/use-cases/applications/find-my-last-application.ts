import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { ApplicationRecord } from "./application-ports.ts";

/**
 * A returning applicant's latest application (any round), so a new form starts from what
 * they already said (issue 16, WCAG 3.3.7 redundant entry). Found by address, so only for an
 * account that has proved it owns the address (read from the database, as the account page
 * does): anyone can sign up with a librarian's address and must not read her answers.
 */
export async function findMyLastApplication(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
): Promise<(ApplicationRecord & { roundName: string }) | undefined> {
  if (!actor) return undefined;
  const user = await deps.uow.read.users.findById(actor.userId);
  if (!user?.emailVerified) return undefined;
  const [latest] = await deps.uow.read.applications.listForUserEmail(user.email);
  return latest;
}
