import { useEffect, useState } from "react";
import { CAREER_STAGES, SECTORS } from "../../../../domain/vocabulary/vocabulary.ts";
import { TEXT_LIMITS } from "../../../../domain/applications/application-input.ts";
import { Field, useErrorMessage } from "../../../shared/field.tsx";
import { ChoiceGroup } from "./choice-group.tsx";
import type { FormSectionProps } from "./form-values.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";

/** The applicant's library, sector, role there and experience. */
export function WorkFields({ values, errors }: FormSectionProps) {
  const t = useFixedT("applications");
  const soloError = useErrorMessage()(errors?.solo);
  return (
    <section aria-labelledby="section-work">
      <h2 id="section-work">{t("form.sections.work")}</h2>
      <Field
        name="library"
        label={t("form.library")}
        hint={t("form.libraryHint")}
        error={errors?.library}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="organization"
            maxLength={TEXT_LIMITS.library}
            defaultValue={values.library}
          />
        )}
      </Field>
      <Field name="sector" label={t("form.sector")} required error={errors?.sector}>
        {(c) => (
          <select {...c} defaultValue={values.sector}>
            <option value="">{t("form.chooseSector")}</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {t(`vocabulary:sector.${sector}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <div className="field">
        {soloError && <span className="error">{soloError}</span>}
        <div className="choice">
          <input
            type="checkbox"
            id="field-solo"
            name="solo"
            value="yes"
            defaultChecked={values.solo}
          />
          <label htmlFor="field-solo">{t("form.solo")}</label>
        </div>
      </div>
      <Field
        name="jobTitle"
        label={t("form.jobTitle")}
        hint={t("form.jobTitleHint")}
        error={errors?.jobTitle}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            autoComplete="organization-title"
            maxLength={TEXT_LIMITS.jobTitle}
            defaultValue={values.jobTitle}
          />
        )}
      </Field>
      <ChoiceGroup
        name="careerStage"
        legend={t("form.careerStage")}
        type="radio"
        required
        options={CAREER_STAGES.map((stage) => ({
          value: stage,
          label: t(`vocabulary:careerStage.${stage}`),
        }))}
        selected={values.careerStage}
        error={errors?.careerStage}
      />
      <Field
        name="experienceYears"
        label={t("form.experienceYears")}
        hint={t("form.experienceYearsHint")}
        required
        error={errors?.experienceYears}
      >
        {(c) => (
          <input
            {...c}
            type="text"
            inputMode="numeric"
            autoComplete="off"
            defaultValue={values.experienceYears}
            style={{ maxWidth: "8rem" }}
          />
        )}
      </Field>
    </section>
  );
}

/** Mentor–mentee rounds: which side the applicant is on, and how many mentees a mentor takes. */
export function RoleFields({ values, errors }: FormSectionProps) {
  const t = useFixedT("applications");
  const [role, setRole] = useState(values.role);
  // Until scripts run the capacity field is always there (its hint says when it matters).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <section aria-labelledby="section-role">
      <h2 id="section-role">{t("form.sections.role")}</h2>
      <ChoiceGroup
        name="role"
        legend={t("form.role")}
        type="radio"
        required
        options={(["mentor", "mentee"] as const).map((r) => ({
          value: r,
          label: t(`form.roleOption.${r}`),
        }))}
        selected={values.role}
        error={errors?.role}
        onChange={setRole}
      />
      {(!hydrated || role === "mentor") && (
        <Field
          name="mentorCapacity"
          label={t("form.mentorCapacity")}
          hint={hydrated ? t("form.mentorCapacityHint") : t("form.mentorCapacityHintNoScript")}
          required={hydrated}
          error={errors?.mentorCapacity}
        >
          {(c) => (
            <input
              {...c}
              type="text"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={values.mentorCapacity}
              style={{ maxWidth: "8rem" }}
            />
          )}
        </Field>
      )}
    </section>
  );
}
