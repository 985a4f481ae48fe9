/**
 * The emails of surveys: the invitation on the survey's sending date and the one reminder to
 * those who have not answered. Built here; rendered in the recipient's language by
 * src/mail/templates/surveys.
 */
import type { SurveyKind } from "../../domain/surveys/survey-question.ts";

interface SurveyEmailFacts {
  recipientName: string;
  roundName: string;
  surveyKind: SurveyKind;
  surveyUrl: string;
  closesAt: Date;
  /** The recipient's zone (from their application): the closing time on their clock. */
  timeZone: string;
}

export interface SurveyInvitationMessage extends SurveyEmailFacts {
  kind: "survey-invitation";
}

export interface SurveyReminderMessage extends SurveyEmailFacts {
  kind: "survey-reminder";
}

export type SurveyEmailMessage = SurveyInvitationMessage | SurveyReminderMessage;
