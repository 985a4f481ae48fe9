import { provedEmail } from "../accounts/proved-email.ts";
import type { ReadRepositories } from "../ports.ts";
import type { Actor } from "../result.ts";
import type { RoundMember } from "./session-ports.ts";

/**
 * The signed-in person as a participant of a round: an account whose VERIFIED email is that
 * of a current member of one of the round's active partnerships (the rule of "Your partner",
 * find-my-partnerships.ts; read from the database, not the session cookie). Anyone else gets
 * undefined, and the pages answer "not found".
 */
export async function findRoundParticipant(
  repositories: Pick<ReadRepositories, "users" | "sessions">,
  actor: Actor | null,
  roundId: string,
): Promise<RoundMember | undefined> {
  const email = await provedEmail(repositories, actor);
  return email ? repositories.sessions.findRoundMember(roundId, email) : undefined;
}
