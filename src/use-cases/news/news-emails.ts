/** The emails of news, built here and rendered by src/mail/templates/news. */

/** The weekly digest: what is new in each network the person follows. */
export interface NewsDigestMessage {
  kind: "news-digest";
  recipientName: string;
  networks: {
    name: string;
    url: string;
    posts: { title: string; url: string }[];
    /** Shown on the event's own clock: the digest does not know the reader's zone. */
    events: { title: string; url: string; startsAt: Date; timeZone: string; online: boolean }[];
  }[];
  /** The site's news listing. */
  newsUrl: string;
}

export type NewsEmailMessage = NewsDigestMessage;
