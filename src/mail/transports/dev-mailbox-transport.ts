import type { MailTransport } from "./mail-transport.ts";

/**
 * Embedded default: nothing leaves the machine. The outbox row itself is the delivered
 * message, readable at /dev/mail.
 */
export function createDevMailboxTransport(): MailTransport {
  return {
    name: "dev-mailbox",
    send: (email) => Promise.resolve({ messageId: email.messageId }),
    close: () => undefined,
  };
}
