import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "./round-ports.ts";

/** The home page shows at most this many rounds taking applications. */
const PUBLIC_ROUNDS_SHOWN = 50;

export type PublicRound = RoundRecord & { programmeSlug: string; programmeName: string };

/** Rounds anyone may see on the home page. */
export function listPublicRounds(deps: Pick<UseCaseDeps, "uow" | "clock">): Promise<PublicRound[]> {
  return deps.uow.read.rounds.listPublic(deps.clock.now(), PUBLIC_ROUNDS_SHOWN);
}
