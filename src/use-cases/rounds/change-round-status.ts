import { checkRoundTransition, isRoundStatus } from "../../domain/rounds/round-status.ts";
import { canFacilitate } from "../authorise.ts";
import { aboutProgramme, enqueueEmails } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "./round-ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** Applications that would be told when applications close before the promised date. */
const STILL_APPLYING = new Set(["submitted", "accepted", "waitlisted"]);

/**
 * Moves a round along draft → open → closed → matched → active → finished. Closing
 * applications before the date applicants were promised (when someone has applied) asks
 * first (`conflict` "close_early_unconfirmed", with the date and how many would be told),
 * then tells each of them, with the date they were promised.
 */
export async function changeRoundStatus(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  actor: Actor | null,
  input: { roundId: string; status: string; closeEarlyConfirmed?: boolean },
): Promise<Result<RoundRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round) return fail({ code: "not_found" });
    if (!(await canFacilitate(repositories, actor, round.programmeId)))
      // Decision 0003: another programme\'s things look like things that do not exist.
      return fail({ code: "not_found" });
    if (!isRoundStatus(input.status)) return fail({ code: "conflict", reason: "unknown_status" });
    const problem = checkRoundTransition(round.status, input.status);
    if (problem)
      return fail({
        code: "conflict",
        reason: problem.code,
        data: { from: round.status, to: input.status },
      });
    const now = deps.clock.now();
    const early =
      round.status === "open" && input.status === "closed" && now < round.applicationsCloseAt;
    const told = early
      ? (await repositories.applications.listAll(round.id, {})).filter((a) =>
          STILL_APPLYING.has(a.status),
        )
      : [];
    if (told.length > 0 && !input.closeEarlyConfirmed)
      return fail({
        code: "conflict",
        reason: "close_early_unconfirmed",
        data: {
          promisedUntil: round.applicationsCloseAt.toISOString(),
          applicants: String(told.length),
        },
      });
    const updated: RoundRecord = { ...round, status: input.status, updatedAt: now };
    await repositories.rounds.update(updated);
    if (told.length > 0) {
      const programme = await repositories.programmes.findById(round.programmeId);
      await enqueueEmails(
        repositories,
        { ...deps, now },
        told.map((a) => ({
          to: a.email,
          toName: a.name,
          locale: a.locale,
          dedupeKey: `applications-closed-early:${round.id}:${a.id}:${now.getTime()}`,
          ...aboutProgramme(programme),
          message: {
            kind: "applications-closed-early" as const,
            applicantName: a.name,
            roundName: round.name,
            programmeName: programme?.name ?? "",
            promisedUntil: round.applicationsCloseAt,
            closedAt: now,
            timeZone: a.timeZone,
          },
        })),
      );
    }
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: "round.status_changed",
      subjectType: "round",
      subjectId: round.id,
      data: {
        from: round.status,
        to: input.status,
        ...(early ? { toldApplicants: told.length } : {}),
      },
      createdAt: now,
    });
    return ok(updated);
  });
}
