import type { FacilitatorDecision } from "../../domain/applications/application-status.ts";
import { FACILITATOR_DECISIONS } from "../../domain/applications/application-status.ts";
import { canFacilitate } from "../authorise.ts";
import { aboutProgramme, enqueueEmail } from "../mail/enqueue-email.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";

const MAX_MESSAGE = 2000;

/**
 * A facilitator accepts, waitlists or rejects an application, optionally with a message;
 * the applicant is told by email (a new manage link is issued, since only its hash is kept).
 */
export async function decideApplication(
  deps: UseCaseDeps,
  actor: Actor | null,
  input: {
    /** The round of the page the decision was made on: another round's application is not found. */
    roundId: string;
    applicationId: string;
    decision: string;
    message: string;
    notify: boolean;
  },
): Promise<Result<ApplicationRecord>> {
  if (!(FACILITATOR_DECISIONS as readonly string[]).includes(input.decision)) {
    return fail({ code: "invalid", fieldErrors: { decision: { key: "errors.invalidChoice" } } });
  }
  const message = input.message.trim();
  if (message.length > MAX_MESSAGE) {
    return fail({
      code: "invalid",
      fieldErrors: { message: { key: "errors.tooLong", values: { max: MAX_MESSAGE } } },
    });
  }
  const decision = input.decision as FacilitatorDecision;
  return deps.uow.transaction(async (repositories) => {
    const application = await repositories.applications.findById(input.applicationId);
    if (!application || application.roundId !== input.roundId) return fail({ code: "not_found" });
    const round = await repositories.rounds.findById(application.roundId);
    if (!round || !(await canFacilitate(repositories, actor, round.programmeId)))
      return fail({ code: "not_found" });
    if (application.status === "withdrawn") return fail({ code: "conflict", reason: "withdrawn" });
    const now = deps.clock.now();
    const updated: ApplicationRecord = {
      ...application,
      status: decision,
      waitlistReason:
        decision === "waitlisted" ? (application.waitlistReason ?? "facilitator") : null,
      decisionMessage: message || null,
      updatedAt: now,
    };
    await repositories.applications.update(updated);
    if (input.notify) {
      const manageToken = deps.ids.newSecret();
      await repositories.applications.setManageTokenHash(
        application.id,
        deps.ids.hashSecret(manageToken),
      );
      const programme = await repositories.programmes.findById(round.programmeId);
      await enqueueEmail(
        repositories,
        { ...deps, now },
        {
          ...aboutProgramme(programme),
          to: application.email,
          toName: application.name,
          locale: application.locale,
          dedupeKey: `application-decision:${application.id}:${now.getTime()}`,
          message: {
            kind: "application-decision",
            applicantName: application.name,
            roundName: round.name,
            decision,
            message,
            manageUrl: `${deps.baseUrl}/applications/manage/${manageToken}`,
          },
        },
      );
    }
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: `application.${decision}`,
      subjectType: "application",
      subjectId: application.id,
      data: { from: application.status, notified: input.notify },
      createdAt: now,
    });
    return ok(updated);
  });
}
