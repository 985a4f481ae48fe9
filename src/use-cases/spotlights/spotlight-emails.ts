/** The emails of spotlights, built here and rendered by src/mail/templates/spotlights. */

/** To the colleague: a member wrote about their work; the link shows it and asks them. */
export interface SpotlightAskedMessage {
  kind: "spotlight-asked";
  recipientName: string;
  authorName: string;
  title: string;
  /** The first paragraph as plain text. */
  summary: string;
  /** The secret link: it shows the spotlight and answers it without signing in. */
  answerUrl: string;
}

/** To the author: the colleague agreed (it is public now) or declined. */
export interface SpotlightAnsweredMessage {
  kind: "spotlight-answered";
  recipientName: string;
  subjectName: string;
  title: string;
  agreed: boolean;
  /** The spotlight's page (public when agreed; the author's view when declined). */
  url: string;
}

export type SpotlightEmailMessage = SpotlightAskedMessage | SpotlightAnsweredMessage;
