import type { Clock, MailTransport, UnitOfWork } from "../ports.ts";

export const MAX_DELIVERY_ATTEMPTS = 8;

/** Exponential backoff: 30 s, 1 min, 2 min … capped at 1 hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 60 * 60 * 1000);
}

/**
 * Delivers due outbox emails. Each is claimed ("sending") in its own committed statement
 * before delivery, so two workers never send the same email; an email whose delivery
 * outcome is unknown because the process died is later marked "uncertain", never resent.
 */
export async function deliverDueEmails(deps: {
  uow: UnitOfWork;
  clock: Clock;
  transport: MailTransport;
  from: string;
  hostname: string;
}): Promise<{ sent: number; failed: number }> {
  const claimed = await deps.uow.read.outbox.claimDue(deps.clock.now(), 20);
  let sent = 0;
  let failed = 0;
  for (const email of claimed) {
    try {
      const result = await deps.transport.send({
        from: deps.from,
        to: email.toAddress,
        toName: email.toName,
        subject: email.subject,
        text: email.bodyText,
        html: email.bodyHtml,
        messageId: `<${email.id}@${deps.hostname}>`,
      });
      await deps.uow.read.outbox.markSent(
        email.id,
        deps.transport.name,
        result.messageId,
        deps.clock.now(),
      );
      sent++;
    } catch (error) {
      failed++;
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        email.attempts >= MAX_DELIVERY_ATTEMPTS
          ? null
          : new Date(deps.clock.now().getTime() + retryDelayMs(email.attempts));
      await deps.uow.read.outbox.markFailed(email.id, message.slice(0, 500), retryAt);
    }
  }
  return { sent, failed };
}
