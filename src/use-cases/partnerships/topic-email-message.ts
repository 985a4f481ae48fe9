/** The fortnight's topic, sent to each current member of an active partnership. */
export interface TopicEmailMessage {
  kind: "topic";
  recipientName: string;
  /** The other current members of the partnership. */
  partnerNames: string[];
  roundName: string;
  programmeName: string;
  /** The topic in the language the email is written in. */
  title: string;
  promptMarkdown: string;
  /** The partnership's page, where the topics so far are listed. */
  partnershipUrl: string;
}
