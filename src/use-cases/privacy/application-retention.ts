import {
  anonymisationDueAt,
  parseRetentionInput,
  type RetentionInput,
} from "../../domain/privacy/application-retention.ts";
import { canFacilitate } from "../authorise.ts";
import type { Page } from "../page.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { UpcomingAnonymisation } from "./privacy-ports.ts";

/** A programme's retention period as its facilitators see it on the programme's settings. */
export async function getApplicationRetention(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  programmeId: string,
): Promise<Result<{ programmeId: string; name: string; retentionDays: number | null }>> {
  if (!(await canFacilitate(deps.uow.read, actor, programmeId))) return fail({ code: "not_found" });
  const found = await deps.uow.read.privacy.findProgrammeRetention(programmeId);
  return found ? ok(found) : fail({ code: "not_found" });
}

/** The facilitators set how long the applications of the programme's finished rounds are kept. */
export async function setApplicationRetention(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { programmeId: string; retention: RetentionInput },
): Promise<Result<{ retentionDays: number | null }>> {
  if (!actor || !(await canFacilitate(deps.uow.read, actor, input.programmeId)))
    return fail({ code: "not_found" });
  const parsed = parseRetentionInput(input.retention);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  return deps.uow.transaction(async (repositories) => {
    const found = await repositories.privacy.findProgrammeRetention(input.programmeId);
    if (!found) return fail({ code: "not_found" });
    await repositories.privacy.setProgrammeRetention(input.programmeId, parsed.value);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "programme.retention_changed",
      subjectType: "programme",
      subjectId: input.programmeId,
      data: { from: found.retentionDays, to: parsed.value },
      createdAt: deps.clock.now(),
    });
    return ok({ retentionDays: parsed.value });
  });
}

export interface UpcomingAnonymisationView extends UpcomingAnonymisation {
  dueAt: Date;
}

/**
 * What will go when (administrators): every round whose applications the retention job will
 * anonymise, soonest first, with its programme, how many applications and the date.
 */
export async function listUpcomingAnonymisations(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { page: { offset: number; limit: number } },
): Promise<Result<Page<UpcomingAnonymisationView>>> {
  if (actor?.role !== "admin") return fail({ code: "not_found" });
  const page = await deps.uow.read.privacy.listUpcomingAnonymisations(input.page);
  return ok({
    total: page.total,
    items: page.items.map((item) => ({
      ...item,
      dueAt: anonymisationDueAt(item.roundEndsAt, item.retentionDays)!,
    })),
  });
}

/**
 * The daily job privacy.retention: the applications of every finished round past its
 * programme's retention period are anonymised, the round marked, one audit entry per round
 * (how many, under which period). One transaction per round, so a failure keeps the others.
 */
export async function anonymiseExpiredApplications(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
): Promise<number> {
  const now = deps.clock.now();
  const due = await deps.uow.read.privacy.listRoundsDueForAnonymisation(now);
  let total = 0;
  for (const { roundId, programmeId } of due) {
    total += await deps.uow.transaction(async (repositories) => {
      const anonymised = await repositories.privacy.anonymiseRoundApplications(roundId, now);
      await repositories.audit.record({
        id: deps.ids.newId(),
        actorUserId: null,
        action: "round.applications_anonymised",
        subjectType: "round",
        subjectId: roundId,
        data: { anonymised, programmeId },
        createdAt: now,
      });
      return anonymised;
    });
  }
  return total;
}
