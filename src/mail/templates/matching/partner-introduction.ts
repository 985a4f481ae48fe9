import { markdownParagraphs } from "../../../domain/markdown-paragraphs.ts";
import type { EmailTemplate } from "../email-template.ts";
import { describeIntroducedPartner } from "./introduced-partner-text.ts";

export const partnerIntroduction: EmailTemplate<"partner-introduction"> = (message, ctx) => {
  const vars = { round: message.roundName, programme: message.programmeName };
  const count = message.partners.length;
  return {
    subject: ctx.t("partnerIntroduction.subject", { ...vars, count }),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        ctx.t("partnerIntroduction.intro", { ...vars, count }),
        ...message.partners.map((p) =>
          describeIntroducedPartner(p, message, ctx.locale, ctx.t, (id) =>
            ctx.i18n.t(`vocabulary:interest.${id}`),
          ),
        ),
        ctx.t("partnerIntroduction.howToStart", {
          count,
          startsAt: new Intl.DateTimeFormat(ctx.locale, {
            year: "numeric",
            month: "long",
            day: "numeric",
            timeZone: message.recipientTimeZone,
          }).format(message.startsAt),
        }),
        ...(message.facilitatorsEmail
          ? [ctx.t("partnerIntroduction.facilitators", { email: message.facilitatorsEmail })]
          : []),
      ],
      ...(message.agreement.trim()
        ? {
            quote: {
              intro: ctx.t(
                message.agreedWhenApplying
                  ? "partnerIntroduction.agreementAgreed"
                  : "partnerIntroduction.agreement",
              ),
              // Rendered, not raw Markdown: "## Our agreement" and "**monthly**" read badly.
              text: markdownParagraphs(message.agreement).join("\n\n"),
            },
          }
        : {}),
      action: {
        intro: ctx.t("partnerIntroduction.account", { count }),
        label: ctx.t("partnerIntroduction.accountButton"),
        url: message.accountUrl,
      },
    },
  };
};
