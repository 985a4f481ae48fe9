import { findApplicationByManageToken } from "./find-application-by-manage-token.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { PublicRound } from "../rounds/find-public-round.ts";
import { fail, ok, type Result } from "../result.ts";

/** The application behind a manage link, with what its page shows: round, programme, questions. */
export async function findApplicationForApplicant(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  token: string,
): Promise<Result<PublicRound & { application: ApplicationRecord }>> {
  const found = await findApplicationByManageToken(deps, token);
  if (!found.ok) return found;
  const { application, round } = found.value;
  const programme = await deps.uow.read.programmes.findById(round.programmeId);
  if (!programme) return fail({ code: "not_found" });
  return ok({
    application,
    round,
    programme,
    questions: await deps.uow.read.rounds.listQuestions(round.id),
  });
}
