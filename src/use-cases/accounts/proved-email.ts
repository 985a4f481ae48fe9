import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";

/**
 * The address the actor's account has proved it owns (lower case), or null: data tied to an
 * email address reaches an account only once it has proved the address (decision 0003). Read
 * from the database, not the session cookie, which may be a minute old.
 */
export async function provedEmail(
  repositories: Pick<ReadRepositories, "users">,
  actor: Actor | null,
): Promise<string | null> {
  if (!actor) return null;
  const user = await repositories.users.findById(actor.userId);
  return user?.emailVerified ? user.email.toLowerCase() : null;
}
