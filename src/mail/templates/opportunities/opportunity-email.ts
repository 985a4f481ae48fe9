/**
 * The opportunities feature's templates, spread into render-email.ts's registry: a nominee is
 * asked, the outcome reaches the nominee and the nominator (who is invited to keep supporting
 * the nominee), a mentoring offer reaches its mentee, and the mentee's answer its mentor.
 * Names and titles people typed are isolated (they may be written right to left).
 */
import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate, TemplateContext } from "../email-template.ts";

const to = (ctx: TemplateContext) => (key: string, values?: Record<string, unknown>) =>
  ctx.i18n.t(`opportunities:email.${key}`, values ?? {});

/** To the nominee: who nominated them, for what, why, by when; the answer link. */
export const nominationRequest: EmailTemplate<"nomination-request"> = (message, ctx) => {
  const t = to(ctx);
  const deadline = new Intl.DateTimeFormat(ctx.locale, {
    year: "numeric",
    month: "long",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: message.timeZone,
    timeZoneName: "short",
  }).format(message.deadline);
  const vars = {
    nominator: isolate(message.nominatorName),
    title: isolate(message.opportunityTitle),
    publisher: isolate(message.publisherName),
    kind: ctx.i18n.t(`opportunities:kind.${message.opportunityKind}`),
  };
  return {
    subject: t("request.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t(message.nominatorName ? "request.body" : "request.bodyNoNominator", vars),
        t("request.deadline", { deadline, zone: message.timeZone }),
        t("request.private"),
      ],
      ...(message.note ? { quote: { intro: t("request.note", vars), text: message.note } } : {}),
      action: { intro: t("request.action"), label: t("request.button"), url: message.answerUrl },
    },
  };
};

/** To the nominee or the nominator: selected, or not this time. */
export const nominationOutcome: EmailTemplate<"nomination-outcome"> = (message, ctx) => {
  const t = to(ctx);
  const vars = {
    nominee: isolate(message.nomineeName),
    title: isolate(message.opportunityTitle),
    publisher: isolate(message.publisherName),
  };
  const key = `outcome.${message.recipient}.${message.outcome}`;
  const invite = message.recipient === "nominator" && message.mayOfferMentoring;
  return {
    subject: t(`${key}.subject`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t(`${key}.body`, vars),
        ...(message.recipient === "nominator"
          ? [t(invite ? "outcome.nominator.keepSupporting" : "outcome.nominator.thanks", vars)]
          : []),
      ],
      action: invite
        ? {
            intro: t("outcome.nominator.action", vars),
            label: t("outcome.nominator.button"),
            url: message.url,
          }
        : { intro: t("outcome.open"), label: t("outcome.button"), url: message.url },
    },
  };
};

/** To the mentee: the offer in the mentor's words, or the round they suggest. */
export const mentoringOffer: EmailTemplate<"mentoring-offer"> = (message, ctx) => {
  const t = to(ctx);
  const vars = { mentor: isolate(message.mentorName) };
  return {
    subject: t("offer.subject", vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: message.round
        ? [
            t("offer.round", { ...vars, round: isolate(message.round.name) }),
            t("offer.roundLink", { url: message.round.url }),
          ]
        : [t("offer.direct", vars)],
      quote: { intro: t("offer.message", vars), text: message.message },
      action: { intro: t("offer.action"), label: t("offer.button"), url: message.offerUrl },
    },
  };
};

/** To the mentor: accepted (with the mentee's address), or not taken up. */
export const mentoringOfferAnswered: EmailTemplate<"mentoring-offer-answered"> = (message, ctx) => {
  const t = to(ctx);
  const vars = { mentee: isolate(message.menteeName), email: message.menteeEmail ?? "" };
  const which = message.accepted ? "accepted" : "declined";
  return {
    subject: t(`answered.${which}.subject`, vars),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t(`answered.${which}.body`, vars),
        ...(message.accepted && message.menteeEmail ? [t("answered.accepted.contact", vars)] : []),
      ],
      action: { intro: t("answered.action"), label: t("answered.button"), url: message.offerUrl },
    },
  };
};

export const opportunityTemplates = {
  "nomination-request": nominationRequest,
  "nomination-outcome": nominationOutcome,
  "mentoring-offer": mentoringOffer,
  "mentoring-offer-answered": mentoringOfferAnswered,
};
