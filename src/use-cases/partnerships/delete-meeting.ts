import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findMembership } from "./partnership-membership.ts";

/** A member deletes a meeting they logged (the page asks for confirmation first). */
export async function deleteMeeting(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { partnershipId: string; meetingId: string },
): Promise<Result<null>> {
  return deps.uow.transaction(async (repositories) => {
    const membership = await findMembership(repositories, actor, input.partnershipId);
    if (!membership) return fail({ code: "not_found" });
    const meeting = await repositories.partnershipPages.findMeeting(
      membership.partnership.id,
      input.meetingId,
    );
    if (!meeting || meeting.loggedBy !== membership.self.id) return fail({ code: "not_found" });
    if (!membership.current) return fail({ code: "closed" });
    await repositories.partnershipPages.deleteMeeting(meeting.partnershipId, meeting.id);
    return ok(null);
  });
}
