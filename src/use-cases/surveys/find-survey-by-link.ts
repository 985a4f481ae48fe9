/**
 * Opens a survey from its emailed link (no sign-in: the signed link is the key). Reading
 * changes nothing: mail scanners open links. The page shows the questions in the
 * participant's language (or the one the reader chose), with their earlier answers filled in
 * so they can change them until the survey closes; after that it says the survey closed.
 */
import { surveyState } from "../../domain/surveys/survey-dates.ts";
import {
  textIn,
  type SurveyKind,
  type SurveyQuestionType,
} from "../../domain/surveys/survey-question.ts";
import type { ReadRepositories, UseCaseDeps } from "../ports.ts";
import { fail, ok, type Result } from "../result.ts";
import { readSurveyToken } from "./survey-links.ts";
import type { SurveyAnswerRecord, SurveyRecipient, SurveyRecord } from "./survey-ports.ts";

export interface SurveyPageQuestion {
  id: string;
  type: SurveyQuestionType;
  required: boolean;
  prompt: string;
  options: { id: string; label: string }[];
}

export interface SurveyPage {
  surveyId: string;
  kind: SurveyKind;
  /** open: answers can be given or changed; closed: the survey no longer takes them. */
  state: "open" | "closed";
  closesAt: Date;
  roundName: string;
  programmeName: string;
  recipientName: string;
  /** The language the questions are in, and the participant's own (from their application). */
  locale: string;
  memberLocale: string;
  timeZone: string;
  questions: SurveyPageQuestion[];
  /** Their earlier answers by question id, and when they first answered and last changed them. */
  answers: Record<string, Omit<SurveyAnswerRecord, "questionId">>;
  response: { submittedAt: Date; updatedAt: Date } | null;
}

/** not_found: the link is not ours or was changed; closed: it expired. */
export async function findSurveyByLink(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "links">,
  token: string,
  readerLocale?: string,
): Promise<Result<SurveyPage>> {
  const claims = readSurveyToken(deps, token);
  if ("error" in claims)
    return fail(claims.error === "expired" ? { code: "closed" } : { code: "not_found" });
  const found = await loadSurveyFor(deps.uow.read, claims);
  if (!found) return fail({ code: "not_found" });
  const { survey, recipient, roundName, programme } = found;
  const locale = readerLocale ?? recipient.locale;
  const fallback = programme.defaultLanguage;
  const questions = await deps.uow.read.surveys.listQuestions(survey.id);
  const response = await deps.uow.read.surveys.findResponse(survey.id, recipient.applicationId);
  return ok({
    surveyId: survey.id,
    kind: survey.kind,
    state: surveyState(survey, deps.clock.now()) === "closed" ? "closed" : "open",
    closesAt: survey.closesAt,
    roundName,
    programmeName: programme.name,
    recipientName: recipient.name,
    locale,
    memberLocale: recipient.locale,
    timeZone: recipient.timeZone,
    questions: questions.map((q) => ({
      id: q.id,
      type: q.type,
      required: q.required,
      prompt: textIn(q.prompts, locale, fallback),
      options: q.options.map((o) => ({ id: o.id, label: textIn(o.labels, locale, fallback) })),
    })),
    answers: Object.fromEntries(
      (response?.answers ?? []).map(({ questionId, ...answer }) => [questionId, answer]),
    ),
    response: response
      ? { submittedAt: response.submittedAt, updatedAt: response.updatedAt }
      : null,
  });
}

/** The survey, the participant it was sent to, and the round's and programme's facts. */
export async function loadSurveyFor(
  repositories: ReadRepositories,
  ref: { surveyId: string; applicationId: string },
): Promise<
  | {
      survey: SurveyRecord;
      recipient: SurveyRecipient;
      roundName: string;
      programme: { name: string; defaultLanguage: string };
    }
  | undefined
> {
  const survey = await repositories.surveys.findSurvey(ref.surveyId);
  if (!survey) return undefined;
  const recipient = await repositories.surveys.findRecipient(survey.id, ref.applicationId);
  const round = recipient && (await repositories.rounds.findById(survey.roundId));
  const programme = round && (await repositories.programmes.findById(round.programmeId));
  if (!recipient || !round || !programme) return undefined;
  return { survey, recipient, roundName: round.name, programme };
}
