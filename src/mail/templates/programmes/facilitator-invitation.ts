import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate } from "../email-template.ts";

export const facilitatorInvitation: EmailTemplate<"facilitator-invitation"> = (message, ctx) => ({
  subject: ctx.t("facilitatorInvitation.subject", { programme: message.programmeName }),
  content: {
    ...ctx.base,
    greeting: ctx.greet(""),
    paragraphs: [
      message.inviterName
        ? ctx.t("facilitatorInvitation.body", {
            inviter: isolate(message.inviterName),
            programme: message.programmeName,
          })
        : ctx.t("facilitatorInvitation.bodyNoInviter", { programme: message.programmeName }),
    ],
    action: {
      intro: ctx.t("facilitatorInvitation.action"),
      label: ctx.t("facilitatorInvitation.button"),
      url: message.signInUrl,
    },
  },
});
