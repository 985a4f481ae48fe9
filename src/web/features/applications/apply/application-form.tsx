import { useEffect, useRef } from "react";
import type { TFunction } from "i18next";
import { Form, useNavigation } from "react-router";
import { questionFieldName } from "../../../../domain/applications/custom-answers.ts";
import type { LocalisedQuestion } from "../../../../domain/rounds/round-texts.ts";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import type { RoundMode } from "../../../../domain/rounds/round-modes.ts";
import { ErrorSummary, useErrorMessage } from "../../../shared/field.tsx";
import { AboutYouFields } from "./about-you-fields.tsx";
import type { ApplicationFormValues } from "./form-values.ts";
import { QuestionFields } from "./question-fields.tsx";
import { InterestFields, MatchingFields } from "./preference-fields.tsx";
import { RoleFields, WorkFields } from "./work-fields.tsx";
import { useFixedT } from "../../../shared/use-fixed-t.ts";

export interface ApplicationFormProps {
  mode: RoundMode;
  questions: LocalisedQuestion[];
  values: ApplicationFormValues;
  errors: FieldErrors | undefined;
  /** Editing an existing application: the email is fixed and consent was given already. */
  editing: boolean;
  programmeName: string;
  /**
   * The round's rules in the reader's language, rendered; when given (a new application to a
   * round with rules), the form shows them and asks "I agree to the rules".
   */
  rulesHtml?: string;
}

/** The application form, shared by the apply page and the applicant's manage page. */
export function ApplicationForm(props: ApplicationFormProps) {
  const t = useFixedT("applications");
  const busy = useNavigation().state === "submitting";
  const { values, errors } = props;
  const form = useRef<HTMLFormElement>(null);
  // With scripts the page does not reload, so move focus to the list of problems.
  useEffect(() => {
    if (errors) form.current?.querySelector<HTMLElement>(".error-summary")?.focus();
  }, [errors]);
  return (
    <Form method="post" noValidate ref={form}>
      <input type="hidden" name="intent" value={props.editing ? "update" : "apply"} />
      <ErrorSummary
        errors={errors}
        labels={errors ? fieldLabels(t, props.questions, values.languages.length) : {}}
      />
      <p className="muted">{t("form.requiredNote")}</p>
      <AboutYouFields
        values={values}
        errors={errors}
        emailLocked={props.editing}
        guessTimeZone={!props.editing && !errors}
      />
      <WorkFields values={values} errors={errors} />
      {props.mode === "mentor" && <RoleFields values={values} errors={errors} />}
      <InterestFields values={values} errors={errors} />
      <MatchingFields values={values} errors={errors} />
      <QuestionFields values={values} errors={errors} questions={props.questions} />
      {!props.editing && props.rulesHtml && (
        <RulesField html={props.rulesHtml} checked={values.rulesAgreed} errors={errors} />
      )}
      {!props.editing && (
        <ConsentField
          checked={values.consent}
          errors={errors}
          programmeName={props.programmeName}
        />
      )}
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.editing ? t("form.saveChanges") : t("form.submit")}
        </button>
      </div>
    </Form>
  );
}

function ConsentField({
  checked,
  errors,
  programmeName,
}: {
  checked: boolean;
  errors: FieldErrors | undefined;
  programmeName: string;
}) {
  const t = useFixedT("applications");
  const message = useErrorMessage()(errors?.consent);
  return (
    <section aria-labelledby="section-consent">
      <h2 id="section-consent">{t("form.sections.consent")}</h2>
      <p id="consent-privacy">{t("form.privacy", { programme: programmeName })}</p>
      <div className={`field${message ? " field--error" : ""}`}>
        {message && (
          <span className="error" id="field-consent-error">
            {message}
          </span>
        )}
        <div className="choice">
          <input
            type="checkbox"
            id="field-consent"
            name="consent"
            value="yes"
            required
            defaultChecked={checked}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "consent-privacy field-consent-error" : "consent-privacy"}
          />
          <label htmlFor="field-consent">
            {t("form.consent")}
            <span className="required-mark" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
        </div>
      </div>
    </section>
  );
}

/** The round's rules, and the applicant's agreement to them: beside it, the reason it is missing. */
function RulesField({
  html,
  checked,
  errors,
}: {
  html: string;
  checked: boolean;
  errors: FieldErrors | undefined;
}) {
  const t = useFixedT("applications");
  const message = useErrorMessage()(errors?.rulesAgreed);
  return (
    <section aria-labelledby="section-rules">
      <h2 id="section-rules">{t("form.sections.rules")}</h2>
      <div className="markdown" id="round-rules" dangerouslySetInnerHTML={{ __html: html }} />
      <div className={`field${message ? " field--error" : ""}`}>
        {message && (
          <span className="error" id="field-rulesAgreed-error">
            {message}
          </span>
        )}
        <div className="choice">
          <input
            type="checkbox"
            id="field-rulesAgreed"
            name="rulesAgreed"
            value="yes"
            required
            defaultChecked={checked}
            aria-invalid={message ? true : undefined}
            aria-describedby={message ? "field-rulesAgreed-error" : undefined}
          />
          <label htmlFor="field-rulesAgreed">
            {t("form.rulesAgreed")}
            <span className="required-mark" aria-hidden="true">
              {" "}
              *
            </span>
          </label>
        </div>
      </div>
    </section>
  );
}

/** Labels for the error summary, keyed by field name (only when there are errors to list). */
function fieldLabels(
  t: TFunction,
  questions: LocalisedQuestion[],
  languageRows: number,
): Record<string, string> {
  const labels: Record<string, string> = {
    name: t("form.name"),
    email: t("form.email"),
    country: t("form.country"),
    city: t("form.city"),
    timeZone: t("form.timeZone"),
    languages: t("form.languages"),
    library: t("form.library"),
    sector: t("form.sector"),
    jobTitle: t("form.jobTitle"),
    careerStage: t("form.careerStage"),
    experienceYears: t("form.experienceYears"),
    role: t("form.role"),
    mentorCapacity: t("form.mentorCapacity"),
    interests: t("form.interests"),
    otherInterests: t("form.otherInterests"),
    goals: t("form.goals"),
    matchBy: t("form.matchBy"),
    partnerSector: t("form.partnerSector"),
    meetingFormats: t("form.meetingFormats"),
    availability: t("form.availability"),
    consent: t("form.sections.consent"),
    rulesAgreed: t("form.sections.rules"),
  };
  for (let i = 0; i < languageRows; i++) {
    labels[`languages.${i}.code`] = t("form.languageN", { n: i + 1 });
    labels[`languages.${i}.level`] = t("form.levelN", { n: i + 1 });
  }
  for (const question of questions) labels[questionFieldName(question.id)] = question.label;
  return labels;
}
