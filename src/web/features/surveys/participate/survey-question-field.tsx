import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { FieldError } from "../../../../domain/field-errors.ts";
import { answerField } from "../../../../domain/surveys/survey-answers.ts";
import {
  SCALE_POINTS,
  TEXT_ANSWER_MAX_LENGTH,
} from "../../../../domain/surveys/survey-question.ts";
import type { SurveyPageQuestion } from "../../../../use-cases/surveys/find-survey-by-link.ts";
import { fieldIds, useErrorMessage } from "../../../shared/field.tsx";

/**
 * One question of the survey form: a scale or a choice is a fieldset whose legend is the
 * question (radio buttons or checkboxes, each labelled), a free text a labelled text area.
 * The error, if any, sits beside it; `chosen` is what the participant gave before.
 */
export function SurveyQuestionField(props: {
  question: SurveyPageQuestion;
  chosen: readonly string[];
  error: FieldError | undefined;
}) {
  const t = useFixedT("surveys");
  const errorMessage = useErrorMessage();
  const { question, chosen } = props;
  const name = answerField(question.id);
  const ids = fieldIds(name);
  const message = errorMessage(props.error);
  const mark = question.required ? (
    <span className="required-mark" aria-hidden="true">
      {" "}
      *
    </span>
  ) : null;
  const error = message ? (
    <span className="error" id={ids.errorId}>
      {message}
    </span>
  ) : null;
  if (question.type === "text")
    return (
      <div className={`field survey-question${message ? " field--error" : ""}`}>
        <label htmlFor={ids.id}>
          {question.prompt}
          {mark}
        </label>
        <span className="hint" id={ids.hintId}>
          {t("answer.textHint", { max: TEXT_ANSWER_MAX_LENGTH })}
        </span>
        {error}
        <textarea
          id={ids.id}
          name={name}
          rows={5}
          maxLength={TEXT_ANSWER_MAX_LENGTH}
          defaultValue={chosen.join("\n")}
          aria-describedby={[ids.hintId, message ? ids.errorId : ""].filter(Boolean).join(" ")}
          aria-invalid={message ? true : undefined}
          required={question.required || undefined}
        />
      </div>
    );
  const choices =
    question.type === "scale"
      ? SCALE_POINTS.map((point) => ({
          value: String(point),
          label: point === 1 ? t("answer.low") : point === 5 ? t("answer.high") : String(point),
        }))
      : question.options.map((o) => ({ value: o.id, label: o.label }));
  const multiple = question.type === "multiple";
  const hint =
    question.type === "scale"
      ? t("answer.scaleHint")
      : multiple
        ? t("answer.chooseAny")
        : t("answer.chooseOne");
  return (
    <fieldset
      className={`survey-question${message ? " field--error" : ""}`}
      aria-describedby={[ids.hintId, message ? ids.errorId : ""].filter(Boolean).join(" ")}
    >
      <legend>
        {question.prompt}
        {mark}
      </legend>
      <span className="hint" id={ids.hintId}>
        {hint}
      </span>
      {error}
      <div className={question.type === "scale" ? "scale" : "choices"}>
        {choices.map((choice, index) => (
          <label className="choice" key={choice.value}>
            <input
              type={multiple ? "checkbox" : "radio"}
              name={name}
              value={choice.value}
              id={index === 0 ? ids.id : undefined}
              defaultChecked={chosen.includes(choice.value)}
              required={(question.required && !multiple) || undefined}
            />
            {choice.label}
          </label>
        ))}
        {!multiple && !question.required && (
          <label className="choice">
            <input type="radio" name={name} value="" defaultChecked={chosen.length === 0} />
            {t("answer.noAnswer")}
          </label>
        )}
      </div>
    </fieldset>
  );
}
