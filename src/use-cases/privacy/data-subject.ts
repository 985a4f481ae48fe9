import type { ReadRepositories } from "../ports.ts";
import type { DataSubject } from "./privacy-ports.ts";

/**
 * Whose data an export or an erasure covers: the account, and what was given with its
 * address only once the account has proved it owns the address (decision 0003), so an
 * account made with someone else's address never reaches their applications.
 */
export async function dataSubjectOf(
  repositories: Pick<ReadRepositories, "users">,
  userId: string,
): Promise<(DataSubject & { name: string; email: string; role: "admin" | "user" }) | null> {
  const user = await repositories.users.findById(userId);
  if (!user) return null;
  return {
    userId: user.id,
    verifiedEmail: user.emailVerified ? user.email.toLowerCase() : null,
    name: user.name,
    email: user.email.toLowerCase(),
    role: user.role,
  };
}
