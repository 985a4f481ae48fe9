import {
  DeliveryUncertainError,
  type EmailAttachment,
  type MailTransport,
} from "./email-message.ts";
import type { OutboxRecord } from "./mail-ports.ts";
import type { Clock, UnitOfWork } from "../ports.ts";

export const MAX_DELIVERY_ATTEMPTS = 8;

/** An email still "sending" after this long was being sent by a process that died. */
export const STALE_SENDING_MS = 10 * 60 * 1000;

/** Emails one job delivers before it hands over to the next (so one job never runs for hours). */
const EMAILS_PER_JOB = 200;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * Delivers due outbox emails, claiming ONE at a time: each is marked "sending" in its own
 * committed transaction just before its delivery is attempted, so two workers never send the
 * same email, and a process killed mid-way leaves only the email it was sending in doubt.
 * Such an email (still "sending" after STALE_SENDING_MS) becomes "uncertain" and is never
 * resent: a possibly missing email is visible to an operator, a duplicate would not be.
 */
export async function deliverDueEmails(deps: {
  uow: UnitOfWork;
  clock: Clock;
  transport: MailTransport;
  from: string;
  hostname: string;
  /** Files to send with an email, made at delivery from what its row names (an event's .ics). */
  attachmentsFor?: (email: OutboxRecord) => Promise<readonly EmailAttachment[]>;
}): Promise<{ sent: number; failed: number; uncertain: number; more: boolean }> {
  const staleBefore = new Date(deps.clock.now().getTime() - STALE_SENDING_MS);
  let uncertain = await deps.uow.transaction((r) =>
    r.outbox.markStaleSendingUncertain(staleBefore),
  );
  let sent = 0;
  let failed = 0;
  while (sent + failed < EMAILS_PER_JOB) {
    const email = await deps.uow.transaction((r) => r.outbox.claimNextDue(deps.clock.now()));
    if (!email) return { sent, failed, uncertain, more: false };
    let messageId: string | null;
    try {
      const attachments = (await deps.attachmentsFor?.(email)) ?? [];
      ({ messageId } = await deps.transport.send({
        from: deps.from,
        to: email.toAddress,
        toName: email.toName,
        subject: email.subject,
        text: email.bodyText,
        html: email.bodyHtml,
        messageId: `<${email.id}@${deps.hostname}>`,
        unsubscribeUrl: email.unsubscribeUrl ?? null,
        replyTo: email.replyTo ?? null,
        ...(attachments.length > 0 ? { attachments } : {}),
      }));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof DeliveryUncertainError) {
        // It may have arrived: never resent, shown to the administrator as uncertain.
        uncertain++;
        await deps.uow.transaction((r) => r.outbox.markUncertain(email.id, message.slice(0, 500)));
        continue;
      }
      // The server refused it (or could not be reached): known not delivered, so it is retried.
      failed++;
      const retryAt =
        email.attempts >= MAX_DELIVERY_ATTEMPTS
          ? null
          : new Date(deps.clock.now().getTime() + retryDelayMs(email.attempts));
      await deps.uow.transaction((r) =>
        r.outbox.markFailed(email.id, message.slice(0, 500), retryAt),
      );
      continue;
    }
    // Sent: if this write fails, the email stays "sending" and becomes uncertain, never resent.
    await deps.uow.transaction((r) =>
      r.outbox.markSent(email.id, deps.transport.name, messageId, deps.clock.now()),
    );
    sent++;
  }
  return { sent, failed, uncertain, more: true };
}
