/**
 * What a round's survey says, counted, in one reader's language: the shape the surveys
 * feature gives the round report (issue 13). Who answered what is never part of it: the
 * report is anonymous by default.
 */
export type SurveyKind = "mid" | "end";

export type SurveyQuestionType = "scale" | "single" | "multiple" | "text";

interface QuestionResultBase {
  questionId: string;
  /** The default questionnaire's name for the question ("satisfaction", "recommend"…), or null. */
  key: string | null;
  /** In the reader's language, else the programme's default language. */
  prompt: string;
  /** How many responses answered this question. */
  answered: number;
}

export type SurveyQuestionResult =
  | (QuestionResultBase & {
      type: "scale";
      /** counts[0] is how many answered 1, … counts[4] how many answered 5. */
      counts: [number, number, number, number, number];
      mean: number | null;
    })
  | (QuestionResultBase & {
      type: "single" | "multiple";
      /** Each option counted on its own (a multiple choice counts options, not combinations). */
      options: { optionId: string; label: string; count: number }[];
    })
  | (QuestionResultBase & { type: "text"; answers: string[] });

export interface SurveyResults {
  surveyId: string;
  kind: SurveyKind;
  closesAt: Date;
  /** Participants the survey was sent to, and how many of them answered. */
  invited: number;
  responded: number;
  questions: SurveyQuestionResult[];
}
