import nodemailer from "nodemailer";
import { DeliveryUncertainError } from "../../use-cases/mail/email-message.ts";
import type { MailTransport } from "./mail-transport.ts";

/** SMTP delivery with nodemailer, e.g. SMTP_URL=smtps://user:pass@smtp.example.org:465. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: "smtp",
    async send(email) {
      try {
        const info = await transporter.sendMail({
          from: email.from,
          to: email.toName ? { name: email.toName, address: email.to } : email.to,
          subject: email.subject,
          text: email.text,
          html: email.html,
          messageId: email.messageId,
          ...(email.replyTo ? { replyTo: email.replyTo } : {}),
          ...(email.attachments
            ? {
                attachments: email.attachments.map((a) => ({
                  filename: a.filename,
                  contentType: a.contentType,
                  content: a.content,
                })),
              }
            : {}),
          // RFC 8058 one-click unsubscribe: mail clients POST "List-Unsubscribe=One-Click" there.
          ...(email.unsubscribeUrl
            ? {
                headers: {
                  "List-Unsubscribe": `<${email.unsubscribeUrl}>`,
                  "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                },
              }
            : {}),
        });
        return { messageId: info.messageId ?? null };
      } catch (error) {
        if (surelyNotDelivered(error)) throw error;
        throw new DeliveryUncertainError(error instanceof Error ? error.message : String(error), {
          cause: error,
        });
      }
    },
    close: () => transporter.close(),
  };
}

/** Reached no server, or the server refused: nodemailer's codes for failures before sending. */
const NEVER_CONNECTED = new Set(["EDNS", "EAUTH", "ENOAUTH", "EOAUTH2", "ECONFIG", "EENVELOPE"]);
const CONNECT_FAILURES = new Set(["ECONNREFUSED", "ENOTFOUND", "EHOSTUNREACH", "ENETUNREACH"]);

/**
 * Whether an SMTP error proves the message was not delivered. A reply code (4xx or 5xx, even
 * to the end of the message) is the server saying no; an error before a connection existed
 * means nothing was handed over. Anything else — the connection closed or timed out, possibly
 * after the message was sent — leaves the outcome unknown: nodemailer reports a connection
 * lost mid-message like one lost at the start, so it counts as possibly delivered.
 */
export function surelyNotDelivered(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { responseCode, code, originalCode } = error as {
    responseCode?: unknown;
    code?: unknown;
    originalCode?: unknown;
  };
  if (typeof responseCode === "number" && responseCode >= 400) return true;
  if (typeof code === "string" && NEVER_CONNECTED.has(code)) return true;
  return (
    (typeof originalCode === "string" && CONNECT_FAILURES.has(originalCode)) ||
    (typeof code === "string" && CONNECT_FAILURES.has(code))
  );
}
