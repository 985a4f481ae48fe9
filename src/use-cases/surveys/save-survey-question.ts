/**
 * A facilitator adds a question to a survey or changes one: wording and translations at any
 * time (a fix of a typo after sending is welcome), whether it must be answered, and options
 * added. What would change the meaning of answers already given is refused: changing the
 * type of a question someone answered, or removing an option someone chose. A closed survey
 * takes no new questions.
 */
import type { FieldErrors } from "../../domain/field-errors.ts";
import { surveyState } from "../../domain/surveys/survey-dates.ts";
import {
  parseSurveyQuestionInput,
  type SurveyQuestionFormValues,
} from "../../domain/surveys/survey-question-input.ts";
import { QUESTIONS_MAX, textIn } from "../../domain/surveys/survey-question.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findFacilitatedSurvey } from "./find-facilitated-survey.ts";
import type { SurveyQuestionRecord } from "./survey-ports.ts";

export async function saveSurveyQuestion(
  deps: Pick<UseCaseDeps, "uow" | "clock" | "ids">,
  actor: Actor | null,
  input: {
    roundId: string;
    surveyId: string;
    /** null: a new question at the end. */
    questionId: string | null;
    values: SurveyQuestionFormValues;
  },
): Promise<Result<{ questionId: string }>> {
  return deps.uow.transaction(async (repositories) => {
    const found = await findFacilitatedSurvey(repositories, actor, input);
    if (!found) return fail({ code: "not_found" });
    // Serialises edits of one survey: positions and the option checks see each other.
    const survey = await repositories.surveys.lockSurvey(found.survey.id);
    if (!survey) return fail({ code: "not_found" });
    const now = deps.clock.now();
    const questions = await repositories.surveys.listQuestions(survey.id);
    const existing = input.questionId
      ? questions.find((q) => q.id === input.questionId)
      : undefined;
    if (input.questionId && !existing) return fail({ code: "not_found" });
    if (!existing && surveyState(survey, now) === "closed") return fail({ code: "closed" });
    if (!existing && questions.length >= QUESTIONS_MAX)
      return fail({ code: "conflict", reason: "tooManyQuestions" });

    // An option id the question does not have is a new option, whatever the form claimed.
    const knownIds = new Set(existing?.options.map((o) => o.id) ?? []);
    const values: SurveyQuestionFormValues = {
      ...input.values,
      options: input.values.options.map((o) => (knownIds.has(o.id) ? o : { ...o, id: "" })),
    };
    const language = found.programme.defaultLanguage;
    const parsed = parseSurveyQuestionInput(values, language, () => deps.ids.newId().slice(0, 8));
    if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
    const question = parsed.value;

    if (existing) {
      const errors: FieldErrors = {};
      const answered = (await repositories.surveys.countAnswersByQuestion(survey.id)).get(
        existing.id,
      );
      if (answered && question.type !== existing.type)
        errors.type = { key: "surveys:editor.errors.typeLocked" };
      const kept = new Set(question.options.map((o) => o.id));
      const dropped = existing.options.filter((o) => !kept.has(o.id));
      if (dropped.length > 0 && !errors.type) {
        const chosen = await repositories.surveys.listChosenOptionIds(existing.id);
        // Beside the row's "remove" box (the editor offers none for an option it knew was
        // chosen; this is someone answering while the facilitator edited).
        for (const locked of dropped.filter((o) => chosen.has(o.id)))
          errors[`options.${values.options.findIndex((o) => o.id === locked.id)}.remove`] = {
            key: "surveys:editor.errors.optionChosen",
            values: { option: textIn(locked.labels, language, language) },
          };
      }
      if (Object.keys(errors).length > 0) return fail({ code: "invalid", fieldErrors: errors });
    }

    const record: SurveyQuestionRecord = {
      id: existing?.id ?? deps.ids.newId(),
      surveyId: survey.id,
      position: existing?.position ?? Math.max(0, ...questions.map((q) => q.position)) + 1,
      // A default question keeps its key (the report compares it across rounds) while it
      // asks the same kind of thing.
      key: existing && existing.type === question.type ? existing.key : null,
      ...question,
    };
    if (existing) await repositories.surveys.updateQuestion(record);
    else await repositories.surveys.insertQuestion(record);
    await repositories.audit.record({
      id: deps.ids.newId(),
      actorUserId: actor?.userId ?? null,
      action: existing ? "survey.question_changed" : "survey.question_added",
      subjectType: "survey",
      subjectId: survey.id,
      data: { questionId: record.id, type: record.type },
      createdAt: now,
    });
    return ok({ questionId: record.id });
  });
}
