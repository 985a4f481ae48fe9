import type {
  ApplicationProfile,
  CustomAnswers,
} from "../../domain/applications/application-profile.ts";
import { isOverCountryCap } from "../../domain/applications/country-cap.ts";
import { acceptsApplications } from "../../domain/rounds/round-status.ts";
import { roundHasRules } from "../../domain/rounds/round-texts.ts";
import {
  APPLICATION_TEXT_VERSION,
  rulesTextToHash,
  rulesTextVersion,
} from "../../domain/privacy/consent.ts";
import { aboutProgramme, enqueueEmail } from "../mail/enqueue-email.ts";
import type { ApplicationRecord } from "./application-ports.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";

export interface SubmittedApplication {
  application: ApplicationRecord;
  /** The secret for the applicant's manage link (only ever shown in the email and right after submitting). */
  manageToken: string;
}

/**
 * A librarian applies to an open round. The profile and answers were validated by the
 * caller with the domain schemas; this decides duplicate, waitlist (country cap, first come
 * first served) and queues the confirmation email in the same transaction. A round with rules
 * takes only applicants who agreed to them (the form's "I agree to the rules"), and the
 * application keeps when they did.
 */
export async function submitApplication(
  deps: UseCaseDeps,
  input: {
    roundId: string;
    profile: ApplicationProfile;
    customAnswers: CustomAnswers;
    /** Ticked "I agree to the rules" (the form asks when the round has rules). */
    rulesAgreed?: boolean;
    locale: string;
    userId: string | null;
  },
): Promise<Result<SubmittedApplication>> {
  return deps.uow.transaction(async (repositories) => {
    // Locking the round serialises concurrent applications, so the cap is exact.
    const round = await repositories.rounds.lockById(input.roundId);
    if (!round) return fail({ code: "not_found" });
    const now = deps.clock.now();
    if (!acceptsApplications(round, now)) return fail({ code: "closed" });
    const translations = await repositories.rounds.listTranslations(round.id);
    const hasRules = round.rulesMarkdown.trim() !== "" || roundHasRules(round, translations);
    if (hasRules && !input.rulesAgreed)
      return fail({
        code: "invalid",
        fieldErrors: { rulesAgreed: { key: "applications:form.rulesRequired" } },
      });
    const email = input.profile.email.toLowerCase();
    const existing = await repositories.applications.findByRoundAndEmail(round.id, email);
    if (existing)
      return fail({
        code: "conflict",
        reason: "duplicate_application",
        data: { applicationId: existing.id },
      });

    const overCap = isOverCountryCap({
      capPercent: round.countryCapPercent,
      minApplications: round.countryCapMinApplications,
      activeTotal: await repositories.applications.countActive(round.id),
      activeFromCountry: await repositories.applications.countActive(
        round.id,
        input.profile.country,
      ),
    });
    const manageToken = deps.ids.newSecret();
    const application: ApplicationRecord = {
      ...input.profile,
      email,
      id: deps.ids.newId(),
      roundId: round.id,
      userId: input.userId,
      status: overCap ? "waitlisted" : "submitted",
      waitlistReason: overCap ? "country_cap" : null,
      decisionMessage: null,
      source: "form",
      locale: input.locale,
      customAnswers: input.customAnswers,
      consentAt: now,
      rulesAgreedAt: hasRules ? now : null,
      createdAt: now,
      updatedAt: now,
      withdrawnAt: null,
    };
    await repositories.applications.insert(application, deps.ids.hashSecret(manageToken));
    // What was agreed to, in which words (issue 16): the form's data text, and the rules.
    const rulesText = rulesTextToHash([
      { locale: "", markdown: round.rulesMarkdown },
      ...translations.map((t) => ({ locale: t.locale, markdown: t.rulesMarkdown })),
    ]);
    const consent = {
      userId: input.userId,
      email,
      context: round.id,
      locale: input.locale,
      agreedAt: now,
      withdrawnAt: null,
    };
    await repositories.privacy.recordConsents([
      {
        ...consent,
        id: deps.ids.newId(),
        purpose: "application",
        textVersion: APPLICATION_TEXT_VERSION,
      },
      ...(hasRules
        ? [
            {
              ...consent,
              id: deps.ids.newId(),
              purpose: "rules" as const,
              textVersion: rulesTextVersion(deps.ids.hashSecret(rulesText)),
            },
          ]
        : []),
    ]);
    const programme = await repositories.programmes.findById(round.programmeId);
    await enqueueEmail(
      repositories,
      { ...deps, now },
      {
        to: email,
        toName: application.name,
        locale: input.locale,
        dedupeKey: `application-received:${application.id}`,
        ...aboutProgramme(programme),
        message: {
          kind: "application-received",
          applicantName: application.name,
          roundName: round.name,
          programmeName: programme?.name ?? "",
          manageUrl: `${deps.baseUrl}/applications/manage/${manageToken}`,
          closesAt: round.applicationsCloseAt,
          timeZone: application.timeZone,
          waitlisted: overCap,
        },
      },
    );
    return ok({ application, manageToken });
  });
}
