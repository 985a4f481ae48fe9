/** The email each participant of a round's partnerships gets when the round ends. */
export interface RoundThankYouMessage {
  kind: "round-thank-you";
  recipientName: string;
  roundName: string;
  programmeName: string;
  /** The other current members of the recipient's partnership. */
  partnerNames: string[];
  /** The end-of-round survey's link when that survey is open (issue 13), else null. */
  surveyUrl: string | null;
}
