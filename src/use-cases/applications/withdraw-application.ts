import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../domain/applications/application-profile.ts";
import { acceptsApplications } from "../../domain/rounds/round-status.ts";
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { Repositories, UseCaseDeps } from "../ports.ts";
import type { RoundRecord } from "../rounds/round-ports.ts";
import { fail, ok, type Result } from "../result.ts";

/** The application behind a manage link, with its round; not found for an unknown token. */
export async function findApplicationByManageToken(
  deps: Pick<UseCaseDeps, "uow" | "ids">,
  token: string,
): Promise<Result<{ application: ApplicationRecord; round: RoundRecord }>> {
  const found = await loadByToken(deps.uow.read, deps.ids.hashSecret(token));
  return found ? ok(found) : fail({ code: "not_found" });
}

async function loadByToken(repositories: Repositories, tokenHash: string) {
  const application = await repositories.applications.findByManageTokenHash(tokenHash);
  if (!application) return undefined;
  const round = await repositories.rounds.findById(application.roundId);
  return round ? { application, round } : undefined;
}

/** The applicant edits their application until applications close. Email and status stay. */
export async function updateApplication(
  deps: UseCaseDeps,
  input: { token: string; profile: ApplicationProfile; customAnswers: CustomAnswers },
): Promise<Result<ApplicationRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await loadByToken(repositories, deps.ids.hashSecret(input.token));
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

/** The applicant withdraws; the application is kept (for the facilitator's counts) as withdrawn. */
export async function withdrawApplication(
  deps: UseCaseDeps,
  input: { token: string },
): Promise<Result<ApplicationRecord>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await loadByToken(repositories, deps.ids.hashSecret(input.token));
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
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
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
