import type { EmailMessage, Ids, Repositories, RenderEmail } from "./ports.ts";

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

/** Renders every email first, then writes them in batches — for a whole round at once. */
export async function enqueueEmails(
  repositories: Repositories,
  deps: { ids: Ids; renderEmail: RenderEmail; now: Date },
  emails: readonly EmailToQueue[],
): Promise<void> {
  const rows = emails.map((email) => {
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
  });
  await repositories.outbox.enqueueMany(rows);
}

export async function enqueueEmail(
  repositories: Repositories,
  deps: { ids: Ids; renderEmail: RenderEmail; now: Date },
  email: { to: string; toName: string; locale: string; dedupeKey: string; message: EmailMessage },
): Promise<void> {
  const rendered = deps.renderEmail(email.message, email.locale);
  await repositories.outbox.enqueue({
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
  });
}
