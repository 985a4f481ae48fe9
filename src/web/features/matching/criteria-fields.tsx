import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import {
  MAX_WEIGHT,
  RULE_NAMES,
  type WeightName,
} from "../../../domain/matching/matching-criteria.ts";
import type { MatchingCriteria } from "../../../domain/matching/matching-run-types.ts";
import { Field } from "../../shared/field.tsx";

/** The criteria to review before a run: weights with plain-words descriptions, hard rules, options. */
export function CriteriaFields(props: {
  mode: string;
  weights: readonly WeightName[];
  values: MatchingCriteria;
  defaults: MatchingCriteria;
  seed: number;
  errors: FieldErrors | undefined;
}) {
  const t = useFixedT("matching");
  const { values, defaults, errors } = props;
  return (
    <>
      <fieldset>
        <legend>{t("criteria.weightsLegend")}</legend>
        {props.weights.map((name) => (
          <Field
            key={name}
            name={`weight-${name}`}
            label={t(`criteria.weight.${name}.label`)}
            hint={`${t(`criteria.weight.${name}.description`)} (${t("criteria.default", { value: defaults.weights[name] })})`}
            error={errors?.[`weight-${name}`]}
            required
          >
            {(c) => (
              <input
                {...c}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_WEIGHT}
                step={1}
                defaultValue={Number.isFinite(values.weights[name]) ? values.weights[name] : ""}
              />
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("criteria.rulesLegend")}</legend>
        {RULE_NAMES.map((name) => (
          <div className="choice field" key={name}>
            <input
              type="checkbox"
              id={`rule-${name}`}
              name={`rule-${name}`}
              defaultChecked={values.rules[name]}
              aria-describedby={`rule-${name}-hint`}
            />
            <label htmlFor={`rule-${name}`}>
              {t(`criteria.rule.${name}.label`)}{" "}
              <span className="hint" id={`rule-${name}-hint`}>
                {t(`criteria.rule.${name}.description`)}
              </span>
            </label>
          </div>
        ))}
        {props.mode === "mentor" && (
          <Field
            name="mentorMinExtraYears"
            label={t("criteria.mentorMinExtraYears")}
            error={errors?.mentorMinExtraYears}
            required
          >
            {(c) => (
              <input
                {...c}
                type="number"
                min={0}
                max={40}
                defaultValue={values.rules.mentorMinExtraYears}
              />
            )}
          </Field>
        )}
      </fieldset>
      <fieldset>
        <legend>{t("criteria.optionsLegend")}</legend>
        <div className="choice field">
          <input
            type="checkbox"
            id="fairnessFirst"
            name="fairnessFirst"
            defaultChecked={values.fairnessFirst}
            aria-describedby="fairnessFirst-hint"
          />
          <label htmlFor="fairnessFirst">
            {t("criteria.fairnessFirst")}{" "}
            <span className="hint" id="fairnessFirst-hint">
              {t("criteria.fairnessFirstHint")}
            </span>
          </label>
        </div>
        {props.mode === "peer" && (
          <div className="choice field">
            <input
              type="checkbox"
              id="allowTriads"
              name="allowTriads"
              defaultChecked={values.allowTriads}
            />
            <label htmlFor="allowTriads">{t("criteria.allowTriads")}</label>
          </div>
        )}
        <Field
          name="seed"
          label={t("criteria.seed")}
          hint={t("criteria.seedHint")}
          error={errors?.seed}
          required
        >
          {(c) => <input {...c} type="number" min={0} step={1} defaultValue={props.seed} />}
        </Field>
      </fieldset>
    </>
  );
}
