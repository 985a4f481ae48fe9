import { findFacilitatedRound } from "../rounds/find-facilitated-round.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { ProgrammeRecord } from "../programmes/programme-ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import type { ImportJobRecord } from "./import-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

// A 50,000-row import takes about a minute. Killed, its job resumes within a minute or two
// of the restart, and one that fails every retry ends "failed" with its rows taken back
// (decision 0006); still "running" after this long, no instance has run it for a while.
const STALE_AFTER_MS = 60 * 60 * 1000;

/** An import job of a round, for the round's facilitators; `interrupted` if it can no longer finish. */
export async function findImportJob(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { roundId: string; jobId: string },
): Promise<
  Result<{
    round: RoundRecord;
    programme: ProgrammeRecord;
    job: ImportJobRecord;
    interrupted: boolean;
  }>
> {
  const repositories = deps.uow.read;
  const found = await findFacilitatedRound(repositories, actor, input.roundId);
  if (!found) return fail({ code: "not_found" });
  const job = await repositories.importJobs.findById(input.jobId);
  if (!job || job.roundId !== found.round.id) return fail({ code: "not_found" });
  const interrupted =
    job.status === "running" &&
    deps.clock.now().getTime() - job.createdAt.getTime() > STALE_AFTER_MS;
  return ok({ ...found, job, interrupted });
}
