import {
  meetingStatus,
  readMeetingForm,
  type MeetingForm,
} from "../../domain/partnerships/meeting-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { MeetingRecord } from "./partnership-page-ports.ts";
import { findMembership } from "./partnership-membership.ts";

/**
 * A member logs a meeting, typed on their own clock (their application's time zone): planned
 * if it is still to come, held if it has passed.
 */
export async function logMeeting(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { partnershipId: string; form: MeetingForm },
): Promise<Result<MeetingRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const membership = await findMembership(repositories, actor, input.partnershipId);
    if (!membership) return fail({ code: "not_found" });
    if (!membership.current) return fail({ code: "closed" });
    const now = deps.clock.now();
    const read = readMeetingForm(input.form, {
      timeZone: membership.self.timeZone,
      now,
      earliest: membership.partnership.createdAt,
    });
    if (!read.ok) return fail({ code: "invalid", fieldErrors: read.fieldErrors });
    const record: MeetingRecord = {
      id: deps.ids.newId(),
      partnershipId: membership.partnership.id,
      loggedBy: membership.self.id,
      status: meetingStatus(read.value.startsAt, now),
      ...read.value,
      sequence: 0,
      createdAt: now,
      updatedAt: now,
    };
    await repositories.partnershipPages.insertMeeting(record);
    return ok(record);
  });
}
