import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { MeetingRecord } from "./partnership-page-ports.ts";
import { findMembership, partnerApplications } from "./partnership-membership.ts";

export interface MeetingDetails {
  /** Without the private note unless the reader wrote it. */
  meeting: Omit<MeetingRecord, "privateNote"> & { privateNote: string | null };
  mine: boolean;
  /** The reader may still change it (their own, in a partnership still active). */
  editable: boolean;
  /** The reader's zone (their application's). */
  timeZone: string;
  partnerNames: string[];
  roundName: string;
  programmeName: string;
}

/**
 * One meeting of a partnership the reader belongs to: for its edit and delete pages and its
 * .ics file.
 */
export async function findMeeting(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { partnershipId: string; meetingId: string },
): Promise<Result<MeetingDetails>> {
  const repositories = deps.uow.read;
  const membership = await findMembership(repositories, actor, input.partnershipId);
  if (!membership) return fail({ code: "not_found" });
  const meeting = await repositories.partnershipPages.findMeeting(
    membership.partnership.id,
    input.meetingId,
  );
  if (!meeting) return fail({ code: "not_found" });
  const mine = meeting.loggedBy === membership.self.id;
  return ok({
    meeting: { ...meeting, privateNote: mine ? meeting.privateNote : null },
    mine,
    editable: mine && membership.current,
    timeZone: membership.self.timeZone,
    partnerNames: partnerApplications(membership).map((a) => a.name),
    roundName: membership.round.name,
    programmeName: membership.programme.name,
  });
}
