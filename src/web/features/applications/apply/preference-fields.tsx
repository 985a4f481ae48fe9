import { useContext } from "react";
import { I18nContext } from "react-i18next";
import { oncePerLanguage } from "../../../shared/once-per-language.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";
import {
  INTERESTS,
  MATCH_BY,
  MEETING_FORMATS,
  PARTNER_SECTOR,
} from "../../../../domain/vocabulary/vocabulary.ts";
import { Field } from "../../../shared/field.tsx";
import { TEXT_LIMITS } from "../../../../domain/applications/application-input.ts";
import { CountedTextArea } from "../../../shared/counted-text.tsx";
import { AvailabilityGrid } from "./availability-grid.tsx";
import { ChoiceGroup } from "./choice-group.tsx";
import type { FormSectionProps } from "./form-values.ts";

/** What the applicant wants to talk about and hopes to get from the round. */
export function InterestFields({ values, errors }: FormSectionProps) {
  const t = useFixedT("applications");
  const { language } = useContext(I18nContext).i18n;
  const interests = oncePerLanguage(t, "interests", () => {
    const collator = new Intl.Collator(language);
    return INTERESTS.map((id) => ({
      value: id,
      label: t(`vocabulary:interest.${id}`),
    })).sort((a, b) => collator.compare(a.label, b.label));
  });
  return (
    <section aria-labelledby="section-interests">
      <h2 id="section-interests">{t("form.sections.interests")}</h2>
      <ChoiceGroup
        name="interests"
        legend={t("form.interests")}
        hint={t("form.interestsHint")}
        type="checkbox"
        options={interests}
        selected={values.interests}
        error={errors?.interests}
      />
      <Field
        name="otherInterests"
        label={t("form.otherInterests")}
        hint={t("form.otherInterestsHint")}
        error={errors?.otherInterests}
      >
        {(c) => (
          <CountedTextArea
            {...c}
            rows={3}
            maxLength={TEXT_LIMITS.otherInterests}
            defaultValue={values.otherInterests}
          />
        )}
      </Field>
      <Field name="goals" label={t("form.goals")} hint={t("form.goalsHint")} error={errors?.goals}>
        {(c) => (
          <CountedTextArea
            {...c}
            rows={5}
            maxLength={TEXT_LIMITS.goals}
            defaultValue={values.goals}
          />
        )}
      </Field>
    </section>
  );
}

/** How the applicant would like to be matched, and when and how they can meet. */
export function MatchingFields({ values, errors }: FormSectionProps) {
  const t = useFixedT("applications");
  return (
    <section aria-labelledby="section-matching">
      <h2 id="section-matching">{t("form.sections.matching")}</h2>
      <ChoiceGroup
        name="matchBy"
        legend={t("form.matchBy")}
        type="radio"
        required
        options={MATCH_BY.map((v) => ({ value: v, label: t(`vocabulary:matchBy.${v}`) }))}
        selected={values.matchBy}
        error={errors?.matchBy}
      />
      <ChoiceGroup
        name="partnerSector"
        legend={t("form.partnerSector")}
        type="radio"
        required
        options={PARTNER_SECTOR.map((v) => ({
          value: v,
          label: t(`vocabulary:partnerSector.${v}`),
        }))}
        selected={values.partnerSector}
        error={errors?.partnerSector}
      />
      <ChoiceGroup
        name="meetingFormats"
        legend={t("form.meetingFormats")}
        hint={t("form.meetingFormatsHint")}
        type="checkbox"
        required
        options={MEETING_FORMATS.map((v) => ({ value: v, label: t(`vocabulary:format.${v}`) }))}
        selected={values.meetingFormats}
        error={errors?.meetingFormats}
      />
      <AvailabilityGrid selected={values.availability} error={errors?.availability} />
    </section>
  );
}
