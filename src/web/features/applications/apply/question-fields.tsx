import {
  ANSWER_LIMITS,
  questionFieldName,
} from "../../../../domain/applications/custom-answers.ts";
import type { LocalisedQuestion } from "../../../../domain/rounds/round-texts.ts";
import { Field } from "../../../shared/field.tsx";
import { CountedTextArea } from "../../../shared/counted-text.tsx";
import { ChoiceGroup } from "./choice-group.tsx";
import type { FormSectionProps } from "./form-values.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";

/**
 * The round's own questions, as its facilitators wrote them in the reader's language (or the
 * programme's default); a choice sends the original option, whatever language it reads in.
 */
export function QuestionFields({
  values,
  errors,
  questions,
}: FormSectionProps & { questions: LocalisedQuestion[] }) {
  const t = useFixedT("applications");
  if (questions.length === 0) return null;
  return (
    <section aria-labelledby="section-questions">
      <h2 id="section-questions">{t("form.sections.questions")}</h2>
      {questions.map((question) => {
        const name = questionFieldName(question.id);
        const answer = values.answers[name] ?? "";
        const text = Array.isArray(answer) ? (answer[0] ?? "") : answer;
        const common = { name, required: question.required, error: errors?.[name] };
        switch (question.kind) {
          case "short_text":
            return (
              <Field key={name} label={question.label} {...common}>
                {(c) => (
                  <input
                    {...c}
                    type="text"
                    maxLength={ANSWER_LIMITS.short_text}
                    defaultValue={text}
                  />
                )}
              </Field>
            );
          case "long_text":
            return (
              <Field key={name} label={question.label} {...common}>
                {(c) => (
                  <CountedTextArea
                    {...c}
                    rows={5}
                    maxLength={ANSWER_LIMITS.long_text}
                    defaultValue={text}
                  />
                )}
              </Field>
            );
          case "yes_no":
            return (
              <ChoiceGroup
                key={name}
                legend={question.label}
                type="radio"
                options={[
                  { value: "yes", label: t("form.yes") },
                  { value: "no", label: t("form.no") },
                ]}
                selected={text}
                {...common}
              />
            );
          case "single_choice":
          case "multiple_choice":
            return (
              <ChoiceGroup
                key={name}
                legend={question.label}
                type={question.kind === "single_choice" ? "radio" : "checkbox"}
                options={question.options.map((option, i) => ({
                  value: option,
                  label: question.optionLabels[i] ?? option,
                }))}
                selected={answer}
                {...common}
              />
            );
        }
      })}
    </section>
  );
}
