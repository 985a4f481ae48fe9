import { canCreateProgrammes, canFacilitate } from "../authorise.ts";
import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "./programme-ports.ts";
import type { QuestionRecord, RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

type Deps = Pick<UseCaseDeps, "uow">;

/** Programmes the actor facilitates (administrators: all), and whether they may create more. */
export async function listProgrammesForFacilitator(
  deps: Deps,
  actor: Actor,
  page: { offset: number; limit: number },
): Promise<{ programmes: Page<ProgrammeRecord>; canCreate: boolean }> {
  const { programmes } = deps.uow.read;
  const canCreate = await canCreateProgrammes(deps.uow.read, actor);
  if (actor.role === "admin") return { programmes: await programmes.list(page), canCreate };
  const mine = await programmes.listFacilitatedBy(actor.userId);
  return {
    programmes: { items: mine.slice(page.offset, page.offset + page.limit), total: mine.length },
    canCreate,
  };
}

/** A programme with its rounds and facilitators, for someone who facilitates it. */
export async function getProgrammeForFacilitator(
  deps: Deps,
  actor: Actor | null,
  programmeId: string,
): Promise<
  Result<{
    programme: ProgrammeRecord;
    rounds: RoundRecord[];
    facilitators: { userId: string; name: string; email: string }[];
    invitations: { email: string; createdAt: Date }[];
  }>
> {
  const repositories = deps.uow.read;
  const programme = await repositories.programmes.findById(programmeId);
  // Unknown and forbidden look alike, so nobody learns which programmes exist.
  if (!programme || !(await canFacilitate(repositories, actor, programme.id)))
    return fail({ code: "not_found" });
  return ok({
    programme,
    rounds: await repositories.rounds.listByProgramme(programme.id),
    facilitators: await repositories.programmes.listFacilitators(programme.id),
    invitations: await repositories.programmes.listPendingInvitations(programme.id),
  });
}

/** A round with its programme, questions and application counts, for its facilitators. */
export async function getRoundForFacilitator(
  deps: Deps,
  actor: Actor | null,
  roundId: string,
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    questions: QuestionRecord[];
    statusCounts: { value: string; count: number }[];
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, roundId);
  if (!found) return fail({ code: "not_found" });
  return ok({
    ...found,
    questions: await repositories.rounds.listQuestions(found.round.id),
    statusCounts: await repositories.applications.countBy(found.round.id, "status"),
  });
}
