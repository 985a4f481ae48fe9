import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { calendarFeedUrl } from "./calendar-feed-url.ts";
import type { ListedSession } from "./session-ports.ts";

/** A round's group sessions for its facilitators: upcoming first, with who comes. */
export async function listRoundSessions(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { roundId: string; page: { offset: number; limit: number } },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    sessions: Page<ListedSession>;
    feedUrl: string;
  }>
> {
  const found = await findFacilitatedRound(deps.uow.read, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const sessions = await deps.uow.read.sessions.listByRound(
    found.round.id,
    deps.clock.now(),
    input.page,
  );
  return ok({ ...found, sessions, feedUrl: calendarFeedUrl(deps, found.round.id) });
}
