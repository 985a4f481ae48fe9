import type { EmailMessage, RenderEmail } from "./email-message.ts";
import type { Ids, Repositories } from "../ports.ts";

/**
 * Renders an email in the recipient's language and writes it to the outbox, inside the
 * caller's transaction, so the email exists exactly when the change that caused it does.
 */
export interface EmailToQueue {
  to: string;
  toName: string;
  locale: string;
  dedupeKey: string;
  message: EmailMessage;
}

type EnqueueDeps = { ids: Ids; renderEmail: RenderEmail; now: Date };

/** Renders every email first, then writes them in batches — for a whole round at once. */
export async function enqueueEmails(
  repositories: Repositories,
  deps: EnqueueDeps,
  emails: readonly EmailToQueue[],
): Promise<void> {
  await repositories.outbox.enqueueMany(emails.map((email) => outboxRow(deps, email)));
  await repositories.jobs.send("mail.deliver", {});
}

export async function enqueueEmail(
  repositories: Repositories,
  deps: EnqueueDeps,
  email: EmailToQueue,
): Promise<void> {
  await repositories.outbox.enqueue(outboxRow(deps, email));
  // The delivery job commits with the email (one waiting job takes every due email).
  await repositories.jobs.send("mail.deliver", {});
}

/** The outbox row of one email, rendered in its recipient's language. */
function outboxRow(deps: EnqueueDeps, email: EmailToQueue) {
  const rendered = deps.renderEmail(email.message, email.locale);
  return {
    id: deps.ids.newId(),
    createdAt: deps.now,
    dedupeKey: email.dedupeKey,
    toAddress: email.to.toLowerCase(),
    toName: email.toName,
    locale: email.locale,
    kind: email.message.kind,
    subject: rendered.subject,
    bodyText: rendered.text,
    bodyHtml: rendered.html,
  };
}
