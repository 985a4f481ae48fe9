import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { emptyProfile } from "./get-member-profile.ts";
import type { MemberProfile } from "./profile-ports.ts";

/** The member's own profile to edit; hidden and empty until they save one. */
export async function findMyProfile(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
): Promise<Result<MemberProfile>> {
  if (!actor) return fail({ code: "not_found" });
  const read = deps.uow.read;
  const [profile, account] = await Promise.all([
    read.profiles.findProfile(actor.userId),
    read.users.findById(actor.userId),
  ]);
  if (!account) return fail({ code: "not_found" });
  return ok(profile ?? { ...emptyProfile(account.id), name: account.name });
}
