/** The emails better-auth asks for: each is one link to follow. */
import type { EmailTemplate } from "../email-template.ts";

export const verifyEmail: EmailTemplate<"verify-email"> = (message, ctx) => ({
  subject: ctx.t("verifyEmail.subject"),
  content: {
    ...ctx.base,
    greeting: ctx.greet(message.name),
    paragraphs: [],
    action: {
      intro: ctx.t("verifyEmail.body"),
      label: ctx.t("verifyEmail.button"),
      url: message.url,
    },
  },
});

export const resetPassword: EmailTemplate<"reset-password"> = (message, ctx) => ({
  subject: ctx.t("resetPassword.subject"),
  content: {
    ...ctx.base,
    greeting: ctx.greet(message.name),
    paragraphs: [],
    action: {
      intro: ctx.t("resetPassword.body"),
      label: ctx.t("resetPassword.button"),
      url: message.url,
    },
  },
});

export const magicLink: EmailTemplate<"magic-link"> = (message, ctx) => ({
  subject: ctx.t("magicLink.subject"),
  content: {
    ...ctx.base,
    greeting: ctx.greet(""),
    paragraphs: [],
    action: { intro: ctx.t("magicLink.body"), label: ctx.t("magicLink.button"), url: message.url },
  },
});

/** A sign-up with an address that has an account: its owner hears of it, the page says nothing. */
export const accountExists: EmailTemplate<"account-exists"> = (message, ctx) => ({
  subject: ctx.t("accountExists.subject"),
  content: {
    ...ctx.base,
    greeting: ctx.greet(message.name),
    paragraphs: [
      ctx.t("accountExists.body"),
      ctx.t("accountExists.forgotten", { url: message.resetUrl }),
    ],
    action: {
      intro: ctx.t("accountExists.signIn"),
      label: ctx.t("accountExists.button"),
      url: message.signInUrl,
    },
  },
});
