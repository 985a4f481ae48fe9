import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate, TemplateContext } from "../email-template.ts";

const tn = (ctx: TemplateContext) => (key: string, values?: Record<string, unknown>) =>
  ctx.i18n.t(`networks:email.${key}`, values ?? {});

/** To the proposer: approved (they organise it now, with a link to it) or declined, with the reason. */
export const networkDecided: EmailTemplate<"network-decided"> = (message, ctx) => {
  const t = tn(ctx);
  const vars = { network: isolate(message.networkName) };
  const which = message.approved ? "approved" : "declined";
  return {
    subject: t(`${which}.subject`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: message.approved
        ? [t("approved.body", vars), t("approved.organiser")]
        : [
            t("declined.body", vars),
            t("declined.reason", { reason: message.reason }),
            t("declined.again"),
          ],
      action: { intro: t(`${which}.action`), label: t(`${which}.button`), url: message.url },
    },
  };
};

/** An invitation to organise a network; accepting needs the invited, verified address. */
export const networkOrganiserInvitation: EmailTemplate<"network-organiser-invitation"> = (
  message,
  ctx,
) => {
  const t = tn(ctx);
  const vars = { network: isolate(message.networkName), inviter: isolate(message.inviterName) };
  return {
    subject: t("invitation.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(""),
      paragraphs: [
        message.inviterName ? t("invitation.body", vars) : t("invitation.bodyNoInviter", vars),
        t("invitation.account"),
      ],
      action: {
        intro: t("invitation.action"),
        label: t("invitation.button"),
        url: message.acceptUrl,
      },
    },
  };
};

/** The signer's confirmation link: the signature counts only once it is followed. */
export const petitionConfirmation: EmailTemplate<"petition-confirmation"> = (message, ctx) => {
  const t = tn(ctx);
  const vars = { campaign: isolate(message.campaignTitle), network: isolate(message.networkName) };
  return {
    subject: t("petition.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [t("petition.body", vars), t("petition.ignore")],
      action: { intro: t("petition.action"), label: t("petition.button"), url: message.confirmUrl },
    },
  };
};

/** The networks feature's templates, spread into render-email.ts's registry. */
export const networkTemplates = {
  "network-decided": networkDecided,
  "network-organiser-invitation": networkOrganiserInvitation,
  "petition-confirmation": petitionConfirmation,
};
