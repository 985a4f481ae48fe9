import { createI18n } from "../i18n/create-i18n.ts";
import { DEFAULT_LOCALE, isLocale } from "../i18n/languages.ts";
import type { EmailMessage, RenderedEmail } from "../use-cases/mail/email-message.ts";
import { renderHtml, renderText, type EmailContent } from "./email-layout.ts";
import { describeIntroducedPartner } from "./introduced-partner-text.ts";

/** Renders an email in the recipient's language, as plain text and HTML. */
export function renderEmail(message: EmailMessage, requestedLocale: string): RenderedEmail {
  const locale = isLocale(requestedLocale) ? requestedLocale : DEFAULT_LOCALE;
  const i18n = createI18n(locale);
  const t = (key: string, values?: Record<string, unknown>) => i18n.t(`email:${key}`, values ?? {});
  const base = { signature: t("signature"), footer: t("footer") };
  const greet = (name: string) => (name ? t("greeting", { name }) : t("greetingNoName"));
  let subject: string;
  let content: EmailContent;
  switch (message.kind) {
    case "application-received": {
      const closes = new Intl.DateTimeFormat(locale, {
        year: "numeric",
        month: "long",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        timeZone: message.timeZone,
        timeZoneName: "short",
      }).format(message.closesAt);
      const vars = { round: message.roundName, programme: message.programmeName };
      subject = t("applicationReceived.subject", vars);
      content = {
        ...base,
        greeting: greet(message.applicantName),
        paragraphs: [
          t("applicationReceived.intro", vars),
          ...(message.waitlisted ? [t("applicationReceived.waitlisted")] : []),
        ],
        action: {
          intro: t("applicationReceived.manage", { closes }),
          label: t("applicationReceived.manageButton"),
          url: message.manageUrl,
        },
      };
      break;
    }
    case "application-decision": {
      const vars = { round: message.roundName };
      subject = t("applicationDecision.subject", vars);
      content = {
        ...base,
        greeting: greet(message.applicantName),
        paragraphs: [t(`applicationDecision.${message.decision}`, vars)],
        ...(message.message
          ? {
              quote: {
                intro: t("applicationDecision.messageFromFacilitator"),
                text: message.message,
              },
            }
          : {}),
        action: {
          intro: t("applicationDecision.manage"),
          label: t("applicationDecision.manageButton"),
          url: message.manageUrl,
        },
      };
      break;
    }
    case "application-withdrawn":
      subject = t("applicationWithdrawn.subject", { round: message.roundName });
      content = {
        ...base,
        greeting: greet(message.applicantName),
        paragraphs: [t("applicationWithdrawn.body", { round: message.roundName })],
      };
      break;
    case "facilitator-invitation":
      subject = t("facilitatorInvitation.subject", { programme: message.programmeName });
      content = {
        ...base,
        greeting: greet(""),
        paragraphs: [
          message.inviterName
            ? t("facilitatorInvitation.body", {
                inviter: message.inviterName,
                programme: message.programmeName,
              })
            : t("facilitatorInvitation.bodyNoInviter", { programme: message.programmeName }),
        ],
        action: {
          intro: t("facilitatorInvitation.action"),
          label: t("facilitatorInvitation.button"),
          url: message.signInUrl,
        },
      };
      break;
    case "verify-email":
      subject = t("verifyEmail.subject");
      content = {
        ...base,
        greeting: greet(message.name),
        paragraphs: [],
        action: { intro: t("verifyEmail.body"), label: t("verifyEmail.button"), url: message.url },
      };
      break;
    case "reset-password":
      subject = t("resetPassword.subject");
      content = {
        ...base,
        greeting: greet(message.name),
        paragraphs: [],
        action: {
          intro: t("resetPassword.body"),
          label: t("resetPassword.button"),
          url: message.url,
        },
      };
      break;
    case "magic-link":
      subject = t("magicLink.subject");
      content = {
        ...base,
        greeting: greet(""),
        paragraphs: [],
        action: { intro: t("magicLink.body"), label: t("magicLink.button"), url: message.url },
      };
      break;
    case "partner-introduction": {
      const vars = { round: message.roundName, programme: message.programmeName };
      const count = message.partners.length;
      subject = t("partnerIntroduction.subject", { ...vars, count });
      content = {
        ...base,
        greeting: greet(message.recipientName),
        paragraphs: [
          t("partnerIntroduction.intro", { ...vars, count }),
          ...message.partners.map((p) =>
            describeIntroducedPartner(p, message, locale, t, (id) =>
              i18n.t(`vocabulary:interest.${id}`),
            ),
          ),
          t("partnerIntroduction.howToStart", {
            count,
            startsAt: new Intl.DateTimeFormat(locale, {
              year: "numeric",
              month: "long",
              day: "numeric",
              timeZone: message.recipientTimeZone,
            }).format(message.startsAt),
          }),
        ],
        ...(message.agreement.trim()
          ? { quote: { intro: t("partnerIntroduction.agreement"), text: message.agreement.trim() } }
          : {}),
        action: {
          intro: t("partnerIntroduction.account", { count }),
          label: t("partnerIntroduction.accountButton"),
          url: message.accountUrl,
        },
      };
      break;
    }
    case "not-matched": {
      const vars = { round: message.roundName, programme: message.programmeName };
      subject = t("notMatched.subject", vars);
      content = {
        ...base,
        greeting: greet(message.applicantName),
        paragraphs: [
          t("notMatched.intro", vars),
          t(`notMatched.reason.${message.reason}`),
          t("notMatched.next"),
        ],
      };
      break;
    }
  }
  return { subject, text: renderText(content), html: renderHtml(content, locale) };
}
