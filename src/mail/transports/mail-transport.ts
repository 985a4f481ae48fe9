// The port lives with the use cases (which deliver through it); transports implement it.
export type { MailTransport } from "../../use-cases/mail/email-message.ts";
