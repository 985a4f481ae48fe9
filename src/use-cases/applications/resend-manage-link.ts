import { aboutProgramme, enqueueEmail } from "../mail/enqueue-email.ts";
import type { UseCaseDeps } from "../ports.ts";
import { ok, type Result } from "../result.ts";

/** At most one new link per application in this window, so nobody can flood an inbox. */
export const RESEND_MANAGE_LINK_INTERVAL_MS = 10 * 60 * 1000;

/**
 * Someone who applied already asks for their manage link again. Only a hash of the old
 * link is stored, so a new one is issued (the old one stops working) and emailed to the
 * application's address, never shown on the page. The answer is the same whether or not
 * an application exists, or a link was sent recently, so it reveals nothing.
 */
export async function resendManageLink(
  deps: UseCaseDeps,
  input: {
    roundId: string;
    email: string;
    locale: string;
    /** The form was sent again with this address (the email then says so). */
    appliedAgain?: boolean;
  },
): Promise<Result<{ sent: boolean }>> {
  return deps.uow.transaction(async (repositories) => {
    const email = input.email.trim().toLowerCase();
    const round = await repositories.rounds.findById(input.roundId);
    const application =
      round && (await repositories.applications.findByRoundAndEmail(round.id, email));
    if (!round || !application) return ok({ sent: false });
    const now = deps.clock.now();
    const keyPrefix = `application-link:${application.id}:`;
    const recent = await repositories.outbox.list({ offset: 0, limit: 20 }, application.email);
    const sentRecently = recent.items.some(
      (message) =>
        message.dedupeKey.startsWith(keyPrefix) &&
        now.getTime() - message.createdAt.getTime() < RESEND_MANAGE_LINK_INTERVAL_MS,
    );
    if (sentRecently) return ok({ sent: false });

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
        to: application.email,
        toName: application.name,
        locale: input.locale,
        dedupeKey: `${keyPrefix}${now.getTime()}`,
        ...aboutProgramme(programme),
        message: {
          kind: "application-received",
          applicantName: application.name,
          roundName: round.name,
          programmeName: programme?.name ?? "",
          manageUrl: `${deps.baseUrl}/applications/manage/${manageToken}`,
          closesAt: round.applicationsCloseAt,
          timeZone: application.timeZone,
          waitlisted: application.status === "waitlisted",
          appliedAgain: input.appliedAgain === true,
        },
      },
    );
    return ok({ sent: true });
  });
}
