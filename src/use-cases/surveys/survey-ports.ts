/** What the survey use cases are given: surveys, their questions, invitations and responses. */
import type { SurveyKind, SurveyQuestion } from "../../domain/surveys/survey-question.ts";
import type { SurveyResults } from "../../domain/surveys/survey-results.ts";

export interface SurveyRecord {
  id: string;
  roundId: string;
  kind: SurveyKind;
  sendAt: Date;
  /** The one reminder to those who have not answered (null: no reminder). */
  remindAt: Date | null;
  closesAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

export type SurveyQuestionRecord = SurveyQuestion & { surveyId: string; position: number };

/** One answer as stored: `scale` for 1–5, `optionIds` for choices, `text` for free text. */
export interface SurveyAnswerRecord {
  questionId: string;
  scale: number | null;
  optionIds: string[] | null;
  text: string | null;
}

export interface SurveyResponseRecord {
  id: string;
  surveyId: string;
  applicationId: string;
  submittedAt: Date;
  updatedAt: Date;
  answers: SurveyAnswerRecord[];
}

/** A survey whose sending date has come and which has not closed, with its round's facts. */
export interface OpenSurvey extends SurveyRecord {
  programmeId: string;
  roundName: string;
  roundStatus: string;
  roundEndsAt: Date;
}

/** A participant to write to: a current member of an active or ended partnership. */
export interface SurveyRecipient {
  applicationId: string;
  name: string;
  email: string;
  locale: string;
  timeZone: string;
}

/** How far a survey got: sent to, reminded, answered. */
export interface SurveyCounts {
  invited: number;
  reminded: number;
  responded: number;
}

export interface SurveyRepository {
  /**
   * Inserts the surveys with their questions; a survey whose round already has one of its kind
   * is skipped with its questions (the unique key on round and kind). Returns those inserted.
   */
  insertSurveys(
    surveys: readonly { survey: SurveyRecord; questions: SurveyQuestionRecord[] }[],
  ): Promise<SurveyRecord[]>;
  findSurvey(id: string): Promise<SurveyRecord | undefined>;
  /** Locks the survey row for the rest of the transaction (serialises question edits). */
  lockSurvey(id: string): Promise<SurveyRecord | undefined>;
  /** The round's surveys, mid first. */
  listForRound(roundId: string): Promise<SurveyRecord[]>;
  updateDates(
    id: string,
    dates: { sendAt: Date; remindAt: Date | null; closesAt: Date; updatedAt: Date },
  ): Promise<void>;
  /**
   * Published rounds (matched, active or finished) lacking a survey of either kind, with
   * their dates: rounds published before surveys existed, or whose page nobody opened.
   */
  listRoundsMissingSurveys(): Promise<{ id: string; startsAt: Date; endsAt: Date }[]>;
  /** In order of position. */
  listQuestions(surveyId: string): Promise<SurveyQuestionRecord[]>;
  findQuestion(id: string): Promise<SurveyQuestionRecord | undefined>;
  insertQuestion(question: SurveyQuestionRecord): Promise<void>;
  updateQuestion(question: SurveyQuestionRecord): Promise<void>;
  deleteQuestion(id: string): Promise<void>;
  /** Renumbers the survey's questions in the order given (ids of that survey only). */
  setPositions(surveyId: string, questionIds: readonly string[]): Promise<void>;
  /** How many responses answered each of these questions (questions with none are absent). */
  countAnswersByQuestion(surveyId: string): Promise<Map<string, number>>;
  /** Which of the option ids of a question were chosen in some answer. */
  listChosenOptionIds(questionId: string): Promise<Set<string>>;
  /** Surveys whose `sendAt` has come and that have not closed, of published rounds. */
  listOpenSurveys(now: Date): Promise<OpenSurvey[]>;
  /**
   * Current members of the round's active or ended partnerships who have no invitation to this
   * survey and did not stop survey emails: at most `limit`, in application order.
   */
  listInvitationsDue(surveyId: string, limit: number): Promise<SurveyRecipient[]>;
  /** Inserts the invitations; those that exist are skipped. Returns the application ids inserted. */
  insertInvitations(
    surveyId: string,
    applicationIds: readonly string[],
    at: Date,
  ): Promise<string[]>;
  /**
   * People invited at or before `invitedBy` who have had no reminder and have not answered:
   * at most `limit`.
   */
  listReminderDue(surveyId: string, invitedBy: Date, limit: number): Promise<SurveyRecipient[]>;
  /** Marks these invitations reminded unless they were; returns the application ids marked. */
  markReminded(surveyId: string, applicationIds: readonly string[], at: Date): Promise<string[]>;
  /** A member (current or not) of a partnership of the survey's round: who may answer it. */
  findRecipient(surveyId: string, applicationId: string): Promise<SurveyRecipient | undefined>;
  findResponse(surveyId: string, applicationId: string): Promise<SurveyResponseRecord | undefined>;
  /**
   * Writes the one response of this participant to this survey: inserted the first time,
   * otherwise its answers replaced (the unique key on survey and application). Returns
   * whether it was new.
   */
  saveResponse(response: SurveyResponseRecord): Promise<{ created: boolean }>;
  countsFor(surveyIds: readonly string[]): Promise<Map<string, SurveyCounts>>;
  /**
   * What the round's surveys say, counted in SQL, prompts and labels in `locale` else
   * `fallbackLocale`: anonymous (no application ids), free texts in an order that says
   * nothing of who wrote them.
   */
  resultsForRound(
    roundId: string,
    locale: string,
    fallbackLocale: string,
  ): Promise<SurveyResults[]>;
}
