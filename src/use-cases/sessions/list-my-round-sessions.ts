import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { calendarFeedUrl } from "./calendar-feed-url.ts";
import { findRoundParticipant } from "./find-round-participant.ts";
import type { ListedSession } from "./session-ports.ts";

/**
 * A round's group sessions for one of its participants, upcoming first, with their own
 * answers and the zone of their application (times are shown on their clock).
 */
export async function listMyRoundSessions(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { roundId: string; page: { offset: number; limit: number } },
): Promise<
  Result<{
    round: { id: string; name: string };
    programmeName: string;
    timeZone: string;
    sessions: Page<ListedSession>;
    feedUrl: string;
  }>
> {
  const repositories = deps.uow.read;
  const member = await findRoundParticipant(repositories, actor, input.roundId);
  const round = member && (await repositories.rounds.findById(input.roundId));
  const programme = round && (await repositories.programmes.findById(round.programmeId));
  if (!member || !round || !programme) return fail({ code: "not_found" });
  const sessions = await repositories.sessions.listByRound(
    round.id,
    deps.clock.now(),
    input.page,
    member.applicationId,
  );
  return ok({
    round: { id: round.id, name: round.name },
    programmeName: programme.name,
    timeZone: member.timeZone,
    sessions,
    feedUrl: calendarFeedUrl(deps, round.id),
  });
}
