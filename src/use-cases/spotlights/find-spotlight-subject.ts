import { isProfileVisible } from "../../domain/profiles/profile-visibility.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/**
 * The colleague a spotlight is started for from their profile ("Spotlight this member"):
 * only a member whose profile the writer can see, and never the writer.
 */
export async function findSpotlightSubject(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
  input: { userId: string },
): Promise<Result<{ userId: string; name: string }>> {
  if (!actor || actor.userId === input.userId) return fail({ code: "not_found" });
  const profile = await deps.uow.read.profiles.findProfile(input.userId);
  if (!profile || !isProfileVisible(profile.visibility, "member"))
    return fail({ code: "not_found" });
  return ok({ userId: profile.userId, name: profile.name });
}
