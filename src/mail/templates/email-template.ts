import type { i18n as I18n } from "i18next";
import type { EmailMessage } from "../../use-cases/mail/email-message.ts";
import type { EmailContent } from "../email-layout.ts";

/** What every template is given: the recipient's language and the pieces all emails share. */
export interface TemplateContext {
  locale: string;
  i18n: I18n;
  /** A text of the email namespace in the recipient's language. */
  t: (key: string, values?: Record<string, unknown>) => string;
  /** "Dear …", or a greeting without a name when there is none. */
  greet: (name: string) => string;
  /** Signature and footer, the same on every email. */
  base: Pick<EmailContent, "signature" | "footer">;
}

export interface EmailDraft {
  subject: string;
  content: EmailContent;
}

/** One template per kind of email: text and HTML both come from its one EmailContent. */
export type EmailTemplate<K extends EmailMessage["kind"]> = (
  message: Extract<EmailMessage, { kind: K }>,
  context: TemplateContext,
) => EmailDraft;
