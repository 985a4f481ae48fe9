import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../domain/applications/application-profile.ts";
import { acceptsApplications } from "../../domain/rounds/round-status.ts";
import { loadApplicationByToken } from "./load-application-by-token.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";

/** The applicant edits their application until applications close. Email and status stay. */
export async function updateApplication(
  deps: UseCaseDeps,
  input: { token: string; profile: ApplicationProfile; customAnswers: CustomAnswers },
): Promise<Result<ApplicationRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await loadApplicationByToken(repositories, deps.ids.hashSecret(input.token));
    if (!found) return fail({ code: "not_found" });
    const now = deps.clock.now();
    if (found.application.status === "withdrawn" || !acceptsApplications(found.round, now)) {
      return fail({ code: "closed" });
    }
    const updated: ApplicationRecord = {
      ...found.application,
      ...input.profile,
      email: found.application.email,
      customAnswers: input.customAnswers,
      updatedAt: now,
    };
    await repositories.applications.update(updated);
    return ok(updated);
  });
}
