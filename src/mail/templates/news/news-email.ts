import { isolate } from "../../../i18n/isolate.ts";
import type { EmailTemplate } from "../email-template.ts";

/**
 * The weekly digest: for each followed network with something new, its new posts and its
 * new upcoming events (on the event's own clock), each with its address; text and HTML come
 * from the same paragraphs.
 */
export const newsDigest: EmailTemplate<"news-digest"> = (message, ctx) => {
  const t = (key: string, values?: Record<string, unknown>) =>
    ctx.i18n.t(`news:email.${key}`, values ?? {});
  const when = (startsAt: Date, timeZone: string) =>
    new Intl.DateTimeFormat(ctx.locale, {
      weekday: "short",
      year: "numeric",
      month: "long",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
      timeZoneName: "short",
    }).format(startsAt);
  const posts = message.networks.reduce((sum, n) => sum + n.posts.length, 0);
  const events = message.networks.reduce((sum, n) => sum + n.events.length, 0);
  return {
    subject: t("subject", { count: posts + events }),
    content: {
      ...ctx.base,
      greeting: ctx.greet(message.recipientName),
      paragraphs: [
        t("intro", { posts, events }),
        ...message.networks.map((network) =>
          [
            `${isolate(network.name)} — ${network.url}`,
            ...network.posts.map((post) => `• ${t("post", { title: post.title })}\n  ${post.url}`),
            ...network.events.map(
              (event) =>
                `• ${t(event.online ? "eventOnline" : "event", {
                  title: event.title,
                  when: when(event.startsAt, event.timeZone),
                })}\n  ${event.url}`,
            ),
          ].join("\n"),
        ),
        t("why"),
      ],
      action: { intro: t("more"), label: t("button"), url: message.newsUrl },
    },
  };
};

/** The news feature's templates, spread into render-email.ts's registry. */
export const newsTemplates = { "news-digest": newsDigest };
