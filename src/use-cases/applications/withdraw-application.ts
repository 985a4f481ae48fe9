import { acceptsApplications } from "../../domain/rounds/round-status.ts";
import { aboutProgramme, enqueueEmail } from "../mail/enqueue-email.ts";
import { loadApplicationByToken } from "./load-application-by-token.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";

/** The applicant withdraws; the application is kept (for the facilitator's counts) as withdrawn. */
export async function withdrawApplication(
  deps: UseCaseDeps,
  input: { token: string },
): Promise<Result<ApplicationRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await loadApplicationByToken(repositories, deps.ids.hashSecret(input.token));
    if (!found) return fail({ code: "not_found" });
    const now = deps.clock.now();
    if (found.application.status === "withdrawn") return ok(found.application);
    if (!acceptsApplications(found.round, now)) return fail({ code: "closed" });
    const updated: ApplicationRecord = {
      ...found.application,
      status: "withdrawn",
      withdrawnAt: now,
      updatedAt: now,
    };
    await repositories.applications.update(updated);
    const programme = await repositories.programmes.findById(found.round.programmeId);
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        ...aboutProgramme(programme),
        to: updated.email,
        toName: updated.name,
        locale: updated.locale,
        dedupeKey: `application-withdrawn:${updated.id}`,
        message: {
          kind: "application-withdrawn",
          applicantName: updated.name,
          roundName: found.round.name,
        },
      },
    );
    return ok(updated);
  });
}
