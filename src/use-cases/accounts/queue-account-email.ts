/**
 * Account emails (sign-in link, verification, password reset, "you have an account already"
 * when someone signs up with a known address) asked for by better-auth. Each
 * request gets its own email: two sign-in links asked a minute apart are two emails.
 */
import { enqueueEmail } from "../mail/enqueue-email.ts";
import type { EmailMessage } from "../mail/email-message.ts";
import type { UseCaseDeps } from "../ports.ts";

export type AccountEmailMessage = Extract<
  EmailMessage,
  { kind: "verify-email" | "reset-password" | "magic-link" | "account-exists" }
>;

export async function queueAccountEmail(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids" | "renderEmail" | "links" | "baseUrl">,
  email: { to: string; toName: string; locale: string; message: AccountEmailMessage },
): Promise<void> {
  await deps.uow.transaction((repositories) =>
    enqueueEmail(
      repositories,
      { ...deps, now: deps.clock.now() },
      { ...email, dedupeKey: `${email.message.kind}:${email.to}:${deps.ids.newId()}` },
    ),
  );
}
