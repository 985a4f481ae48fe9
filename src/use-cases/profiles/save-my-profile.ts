import { parseProfileInput, type ProfileFormValues } from "../../domain/profiles/profile-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

/** The member saves their profile (created on first save); the audit log keeps who may see it. */
export async function saveMyProfile(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: { values: ProfileFormValues },
): Promise<Result<{ userId: string }>> {
  if (!actor) return fail({ code: "not_found" });
  const parsed = parseProfileInput(input.values);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  return deps.uow.transaction(async (repositories) => {
    const account = await repositories.users.findById(actor.userId);
    if (!account) return fail({ code: "not_found" });
    const now = deps.clock.now();
    await repositories.profiles.saveProfile(
      { userId: account.id, ...parsed.value, updatedAt: now },
      account.name,
    );
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor.userId,
      action: "profile.saved",
      subjectType: "user",
      subjectId: account.id,
      data: { visibility: parsed.value.visibility },
      createdAt: now,
    });
    return ok({ userId: account.id });
  });
}
