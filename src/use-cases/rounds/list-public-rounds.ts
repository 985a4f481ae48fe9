import type { UseCaseDeps } from "../ports.ts";
import type { RoundRepository } from "./round-ports.ts";

/** The home page shows at most this many rounds taking applications. */
const PUBLIC_ROUNDS_SHOWN = 50;

/** Rounds anyone may see on the home page, with their programme's slug and name. */
export function listPublicRounds(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
): ReturnType<RoundRepository["listPublic"]> {
  return deps.uow.read.rounds.listPublic(deps.clock.now(), PUBLIC_ROUNDS_SHOWN);
}
