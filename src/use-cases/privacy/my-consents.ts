import { PRIVACY_TEXT_VERSION, type ConsentRecord } from "../../domain/privacy/consent.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { dataSubjectOf } from "./data-subject.ts";

/**
 * Sign-up's agreement to the privacy notice (issue 16), recorded with the notice's version
 * and the language it was shown in. Called once the account exists (the auth hook after
 * better-auth created it from the sign-up page), so a sign-up for a known address, which
 * creates nothing, records nothing either.
 */
export async function recordSignUpConsent(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  input: { userId: string; email: string; locale: string },
): Promise<void> {
  await deps.uow.transaction((repositories) =>
    repositories.privacy.recordConsents([
      {
        id: deps.ids.newId(),
        userId: input.userId,
        email: input.email.toLowerCase(),
        purpose: "privacy",
        textVersion: PRIVACY_TEXT_VERSION,
        context: "",
        locale: input.locale,
        agreedAt: deps.clock.now(),
        withdrawnAt: null,
      },
    ]),
  );
}

/** The consents the signed-in person gave: sign-up's and their applications' (newest first). */
export async function listMyConsents(
  deps: Pick<UseCaseDeps, "uow">,
  actor: Actor | null,
): Promise<Result<ConsentRecord[]>> {
  if (!actor) return fail({ code: "not_found" });
  const subject = await dataSubjectOf(deps.uow.read, actor.userId);
  if (!subject) return fail({ code: "not_found" });
  return ok(await deps.uow.read.privacy.listConsents(subject));
}
