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
 * A member changes a meeting they logged (a partner's meeting is not theirs to change: it
 * answers not_found). Each change raises the meeting's sequence, so a calendar that imported
 * its .ics file takes the new version.
 */
export async function changeMeeting(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor | null,
  input: { partnershipId: string; meetingId: string; form: MeetingForm },
): Promise<Result<MeetingRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const membership = await findMembership(repositories, actor, input.partnershipId);
    if (!membership) return fail({ code: "not_found" });
    const meeting = await repositories.partnershipPages.findMeeting(
      membership.partnership.id,
      input.meetingId,
    );
    if (!meeting || meeting.loggedBy !== membership.self.id) return fail({ code: "not_found" });
    if (!membership.current) return fail({ code: "closed" });
    const now = deps.clock.now();
    const read = readMeetingForm(input.form, {
      timeZone: membership.self.timeZone,
      now,
      earliest: membership.partnership.createdAt,
    });
    if (!read.ok) return fail({ code: "invalid", fieldErrors: read.fieldErrors });
    const revised = await repositories.partnershipPages.reviseMeeting({
      id: meeting.id,
      partnershipId: meeting.partnershipId,
      loggedBy: meeting.loggedBy,
      status: meetingStatus(read.value.startsAt, now),
      ...read.value,
      updatedAt: now,
    });
    return revised ? ok(revised) : fail({ code: "not_found" });
  });
}
