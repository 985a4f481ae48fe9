import { isolate } from "../../../i18n/isolate.ts";
import type { SurveyEmailMessage } from "../../../use-cases/surveys/survey-emails.ts";
import type { EmailDraft, EmailTemplate, TemplateContext } from "../email-template.ts";

/**
 * A survey's invitation and its one reminder: what it is about, how long it takes, until when
 * answers can be given or changed (on the recipient's clock), and the link that opens it
 * without signing in. Answers are anonymous in the report: the email says so.
 */
function draftSurveyEmail(
  which: "invitation" | "reminder",
  message: SurveyEmailMessage,
  ctx: TemplateContext,
): EmailDraft {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`surveys:email.${key}`, values ?? {});
  const closes = new Intl.DateTimeFormat(ctx.locale, {
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: message.timeZone,
    timeZoneName: "short",
  }).format(message.closesAt);
  const vars = { round: isolate(message.roundName), closes };
  return {
    subject: t(`${which}.subject.${message.surveyKind}`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t(`${which}.intro.${message.surveyKind}`, vars),
        t("anonymous"),
        t("closes", vars),
      ],
      action: { intro: t("open"), label: t("button"), url: message.surveyUrl },
    },
  };
}

export const surveyInvitation: EmailTemplate<"survey-invitation"> = (message, ctx) =>
  draftSurveyEmail("invitation", message, ctx);
export const surveyReminder: EmailTemplate<"survey-reminder"> = (message, ctx) =>
  draftSurveyEmail("reminder", message, ctx);

/** The survey feature's templates, spread into render-email.ts's registry. */
export const surveyTemplates = {
  "survey-invitation": surveyInvitation,
  "survey-reminder": surveyReminder,
};
