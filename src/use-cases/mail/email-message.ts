/** The emails use cases can cause, how they are rendered, and how one is delivered. */
import type { BulkEmailKind } from "../../domain/mail/bulk-email-kinds.ts";
import type { MatchEmailMessage } from "../matching/match-emails.ts";
import type { SessionReminderMessage } from "../sessions/session-reminder-message.ts";

/** Emails use cases can cause; the mail module renders each in the recipient's language. */
export type EmailMessage =
  | {
      kind: "application-received";
      applicantName: string;
      roundName: string;
      programmeName: string;
      manageUrl: string;
      closesAt: Date;
      timeZone: string;
      waitlisted: boolean;
      /**
       * Sent because the form was sent again with this address (the page answered as for a
       * new application, so nobody learns who applied): the email says so.
       */
      appliedAgain?: boolean;
    }
  | {
      kind: "application-decision";
      applicantName: string;
      roundName: string;
      decision: "accepted" | "waitlisted" | "rejected";
      message: string;
      manageUrl: string;
    }
  | { kind: "application-withdrawn"; applicantName: string; roundName: string }
  | {
      kind: "applications-closed-early";
      applicantName: string;
      roundName: string;
      programmeName: string;
      promisedUntil: Date;
      closedAt: Date;
      timeZone: string;
    }
  | {
      kind: "facilitator-invitation";
      programmeName: string;
      inviterName: string;
      signInUrl: string;
    }
  | { kind: "verify-email"; name: string; url: string }
  | { kind: "reset-password"; name: string; url: string }
  | { kind: "magic-link"; url: string }
  | { kind: "account-exists"; name: string; signInUrl: string; resetUrl: string }
  | import("../partnerships/topic-email-message.ts").TopicEmailMessage
  | import("../partnerships/check-in-emails.ts").CheckInEmailMessage
  | import("../rounds/round-thank-you-message.ts").RoundThankYouMessage
  | import("../surveys/survey-emails.ts").SurveyEmailMessage
  | import("../networks/network-emails.ts").NetworkEmailMessage
  | import("../events/event-emails.ts").EventEmailMessage
  | import("../news/news-emails.ts").NewsEmailMessage
  | import("../opportunities/opportunity-emails.ts").OpportunityEmailMessage
  | import("../spotlights/spotlight-emails.ts").SpotlightEmailMessage
  | MatchEmailMessage
  | SessionReminderMessage;

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

export type RenderEmail = (
  message: EmailMessage,
  locale: string,
  options?: {
    /** A bulk kind of email: its footer says how to stop this kind, with one click. */
    unsubscribe?: { kind: BulkEmailKind; url: string };
    /** The programme the email is about: it signs the email. */
    programmeName?: string;
  },
) => RenderedEmail;

/**
 * Thrown by a transport when the message may have reached the server: the connection broke
 * after it was handed over, without the server's answer. Such an email is never resent (it
 * becomes "uncertain"); any other error means it was not delivered and it is retried.
 */
export class DeliveryUncertainError extends Error {
  override name = "DeliveryUncertainError";
}

/**
 * A file sent with an email (an event's .ics). Made when the email is delivered, from what the
 * outbox row names (see deliverDueEmails' `attachmentsFor`), so the outbox keeps only text.
 */
export interface EmailAttachment {
  filename: string;
  /** e.g. "text/calendar; charset=utf-8; method=PUBLISH" */
  contentType: string;
  content: string;
}

/**
 * Delivers one rendered email; throws when delivery failed (it is retried), or
 * DeliveryUncertainError when it may have been delivered (it is not).
 */
export interface MailTransport {
  name: string;
  send(email: {
    from: string;
    to: string;
    toName: string;
    subject: string;
    text: string;
    html: string;
    /** Stable id so a receiving system can spot a duplicate. */
    messageId: string;
    /** Sent as RFC 8058 List-Unsubscribe (+ List-Unsubscribe-Post) when present. */
    unsubscribeUrl?: string | null;
    /** The programme's contact address, where replies go. */
    replyTo?: string | null;
    attachments?: readonly EmailAttachment[];
  }): Promise<{ messageId: string | null }>;
  close(): void;
}
