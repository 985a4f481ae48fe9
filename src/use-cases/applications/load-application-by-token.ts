import type { ApplicationRecord } from "./application-ports.ts";
import type { ReadRepositories } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";

/**
 * The application whose manage token hashes to `tokenHash`, with its round. Shared by the
 * manage-link use cases, which call it on the read side or inside their own transaction.
 */
export async function loadApplicationByToken(
  repositories: ReadRepositories,
  tokenHash: string,
): Promise<{ application: ApplicationRecord; round: RoundRecord } | undefined> {
  const application = await repositories.applications.findByManageTokenHash(tokenHash);
  if (!application) return undefined;
  const round = await repositories.rounds.findById(application.roundId);
  return round ? { application, round } : undefined;
}
