/**
 * Opens a check-in from its emailed link (no sign-in: the signed link is the key). Reading
 * changes nothing: mail scanners open links. The answer in the link is only pre-selected.
 */
import {
  isCheckInAnswer,
  type CheckInAnswer,
} from "../../domain/partnerships/check-in-schedule.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { firstNameOf } from "./check-in-emails.ts";
import type { CheckInRecord, PartnershipFacts } from "./check-in-ports.ts";

export interface CheckInView {
  checkIn: CheckInRecord;
  /** The answer of the link followed. */
  chosen: CheckInAnswer;
  roundName: string;
  recipientName: string;
  partnerNames: string[];
  asksGoodMatch: boolean;
  /** False once the partnership was dissolved or ended: nothing more to answer. */
  open: boolean;
}

/** not_found: the link is not ours or was changed; closed: it expired. */
export async function findCheckIn(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links">,
  token: string,
): Promise<Result<CheckInView>> {
  return loadCheckIn(deps.uow.read, deps, token);
}

export async function loadCheckIn(
  repositories: ReadRepositories,
  deps: Pick<UseCaseDeps, "clock" | "links">,
  token: string,
): Promise<Result<CheckInView & { partnership: PartnershipFacts }>> {
  const claims = deps.links.verify(token, "check-in", deps.clock.now());
  if ("error" in claims)
    return fail(claims.error === "expired" ? { code: "closed" } : { code: "not_found" });
  const [checkInId, chosen] = claims.subject.split(":");
  if (!checkInId || !chosen || !isCheckInAnswer(chosen)) return fail({ code: "not_found" });
  const checkIn = await repositories.checkIns.findCheckIn(checkInId);
  if (!checkIn) return fail({ code: "not_found" });
  const partnership = await repositories.checkIns.findPartnership(checkIn.partnershipId);
  const round = partnership && (await repositories.rounds.findById(partnership.roundId));
  const recipient = partnership?.members.find((m) => m.applicationId === checkIn.applicationId);
  if (!partnership || !round || !recipient) return fail({ code: "not_found" });
  const earlier = await repositories.checkIns.countEarlierCheckIns(checkIn);
  return ok({
    checkIn,
    chosen,
    roundName: round.name,
    recipientName: recipient.name,
    partnerNames: partnership.members
      .filter((m) => m.applicationId !== recipient.applicationId)
      .map((m) => firstNameOf(m.name)),
    asksGoodMatch: earlier === 0,
    open: partnership.status === "active" && recipient.leftAt === null,
    partnership,
  });
}
