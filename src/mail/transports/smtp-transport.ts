import nodemailer from "nodemailer";
import type { MailTransport } from "./mail-transport.ts";

/** SMTP delivery with nodemailer, e.g. SMTP_URL=smtps://user:pass@smtp.example.org:465. */
export function createSmtpTransport(smtpUrl: string): MailTransport {
  const transporter = nodemailer.createTransport(smtpUrl);
  return {
    name: "smtp",
    async send(email) {
      const info = await transporter.sendMail({
        from: email.from,
        to: email.toName ? { name: email.toName, address: email.to } : email.to,
        subject: email.subject,
        text: email.text,
        html: email.html,
        messageId: email.messageId,
      });
      return { messageId: info.messageId ?? null };
    },
    close: () => transporter.close(),
  };
}
