import { createI18n } from "../i18n/create-i18n.ts";
import { DEFAULT_LOCALE, isLocale } from "../i18n/languages.ts";
import { isolate } from "../i18n/isolate.ts";
import type { EmailMessage, RenderEmail, RenderedEmail } from "../use-cases/mail/email-message.ts";
import { renderHtml, renderText } from "./email-layout.ts";
import {
  accountExists,
  magicLink,
  resetPassword,
  verifyEmail,
} from "./templates/accounts/account-emails.ts";
import { applicationDecision } from "./templates/applications/application-decision.ts";
import { applicationReceived } from "./templates/applications/application-received.ts";
import { applicationWithdrawn } from "./templates/applications/application-withdrawn.ts";
import { applicationsClosedEarly } from "./templates/rounds/applications-closed-early.ts";
import type { EmailDraft, EmailTemplate, TemplateContext } from "./templates/email-template.ts";
import { notMatched } from "./templates/matching/not-matched.ts";
import { partnerIntroduction } from "./templates/matching/partner-introduction.ts";
import { facilitatorInvitation } from "./templates/programmes/facilitator-invitation.ts";
import { sessionReminder } from "./templates/sessions/session-reminder.ts";
import { topicEmail } from "./templates/partnerships/topic-email.ts";
import { roundThankYou } from "./templates/rounds/round-thank-you.ts";
import { checkInTemplates } from "./templates/partnerships/check-in-templates.ts";
import { surveyTemplates } from "./templates/surveys/survey-email.ts";
import { networkTemplates } from "./templates/networks/network-email.ts";
import { eventTemplates } from "./templates/events/event-email.ts";
import { newsTemplates } from "./templates/news/news-email.ts";
import { opportunityTemplates } from "./templates/opportunities/opportunity-email.ts";
import { spotlightTemplates } from "./templates/spotlights/spotlight-email.ts";

/** Every kind of email with its template (src/mail/templates/<feature>/); the type demands all. */
const TEMPLATES: { [K in EmailMessage["kind"]]: EmailTemplate<K> } = {
  "application-received": applicationReceived,
  "application-decision": applicationDecision,
  "application-withdrawn": applicationWithdrawn,
  "applications-closed-early": applicationsClosedEarly,
  "facilitator-invitation": facilitatorInvitation,
  "verify-email": verifyEmail,
  "reset-password": resetPassword,
  "magic-link": magicLink,
  "account-exists": accountExists,
  "partner-introduction": partnerIntroduction,
  "not-matched": notMatched,
  "session-reminder": sessionReminder,
  topic: topicEmail,
  "round-thank-you": roundThankYou,
  ...checkInTemplates,
  ...surveyTemplates,
  ...networkTemplates,
  ...eventTemplates,
  ...newsTemplates,
  ...opportunityTemplates,
  ...spotlightTemplates,
};

/** Renders an email in the recipient's language, as plain text and HTML. */
export const renderEmail: RenderEmail = (message, requestedLocale, options = {}) => {
  const locale = isLocale(requestedLocale) ? requestedLocale : DEFAULT_LOCALE;
  const i18n = createI18n(locale);
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`email:${key}`, values ?? {});
  const context: TemplateContext = {
    locale,
    i18n,
    t,
    greet: (name) => (name ? t("greeting", { name: isolate(name) }) : t("greetingNoName")),
    base: { signature: t("signature"), footer: t("footer") },
  };
  const signed = draft(message, context);
  const drafted = options.programmeName
    ? {
        ...signed,
        content: {
          ...signed.content,
          signature: t("signatureProgramme", { programme: isolate(options.programmeName) }),
        },
      }
    : signed;
  const content = options.unsubscribe
    ? {
        ...drafted.content,
        unsubscribe: {
          text: t(`unsubscribe.footer.${options.unsubscribe.kind}`),
          url: options.unsubscribe.url,
        },
      }
    : drafted.content;
  return {
    subject: drafted.subject,
    text: renderText(content),
    html: renderHtml(content, locale),
  } satisfies RenderedEmail;
};

function draft<K extends EmailMessage["kind"]>(
  message: Extract<EmailMessage, { kind: K }>,
  context: TemplateContext,
): EmailDraft {
  return (TEMPLATES[message.kind] as EmailTemplate<K>)(message, context);
}
