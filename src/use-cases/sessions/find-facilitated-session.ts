import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { GroupSessionRecord } from "./session-ports.ts";

export interface FacilitatedSession {
  round: RoundRecord;
  programme: ProgrammeRecord;
  session: GroupSessionRecord;
}

/**
 * A session of a round the actor facilitates. A session of another round or programme, or
 * one that does not exist, is undefined alike.
 */
export async function findFacilitatedSession(
  repositories: ReadRepositories,
  actor: Actor | null,
  ids: { roundId: string; sessionId: string },
): Promise<FacilitatedSession | undefined> {
  const found = await findFacilitatedRound(repositories, actor, ids.roundId);
  if (!found) return undefined;
  const session = await repositories.sessions.findById(ids.sessionId);
  if (!session || session.roundId !== found.round.id) return undefined;
  return { ...found, session };
}

/** A session for its facilitators' edit and cancel pages. */
export async function getGroupSessionForFacilitator(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  ids: { roundId: string; sessionId: string },
): Promise<Result<FacilitatedSession>> {
  const found = await findFacilitatedSession(deps.uow.read, actor, ids);
  return found ? ok(found) : fail({ code: "not_found" });
}
