import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, useNavigation } from "react-router";
import type { FieldErrors } from "../../../domain/field-errors.ts";
import { NETWORK_KINDS } from "../../../domain/networks/network-kinds.ts";
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  PLACE_PART_MAX,
  type NetworkFormValues,
} from "../../../domain/networks/network-input.ts";
import { URL_MAX } from "../../../domain/networks/web-link.ts";
import { SECTORS } from "../../../domain/vocabulary/vocabulary.ts";
import {
  ErrorSummary,
  Field,
  describedBy,
  fieldIds,
  useErrorMessage,
} from "../../shared/field.tsx";
import type { Option } from "./option-lists.server.ts";

/** How many languages the form offers to pick (the network's working languages). */
const LANGUAGE_PICKS = 3;

/** Propose a network or change one; works without JavaScript, keeps what was typed on errors. */
export function NetworkForm(props: {
  values: NetworkFormValues;
  errors: FieldErrors | undefined;
  countries: Option[];
  languages: Option[];
  submitLabel: string;
  intent?: string;
}) {
  const t = useFixedT("networks");
  const busy = useNavigation().state === "submitting";
  const errorMessage = useErrorMessage();
  const { values, errors } = props;
  const labels: Record<string, string> = {
    name: t("form.name"),
    kind: t("form.kind"),
    description: t("form.description"),
    country: t("form.country"),
    region: t("form.region"),
    city: t("form.city"),
    sectors: t("form.sectors"),
    languages: t("form.languages"),
    websiteUrl: t("form.websiteUrl"),
    mailingListUrl: t("form.mailingListUrl"),
    blogUrl: t("form.blogUrl"),
  };
  const urlField = (name: "websiteUrl" | "mailingListUrl" | "blogUrl") => (
    <Field name={name} label={labels[name]!} error={errors?.[name]}>
      {(c) => (
        <input
          {...c}
          type="url"
          inputMode="url"
          maxLength={URL_MAX}
          placeholder="https://"
          defaultValue={values[name]}
        />
      )}
    </Field>
  );
  const sectorsError = errorMessage(errors?.sectors);
  const sectorsIds = fieldIds("sectors");
  return (
    <Form method="post" noValidate className="narrow">
      {props.intent && <input type="hidden" name="intent" value={props.intent} />}
      <ErrorSummary errors={errors} labels={labels} />
      <Field name="name" label={labels.name!} required error={errors?.name}>
        {(c) => <input {...c} type="text" maxLength={NAME_MAX} defaultValue={values.name} />}
      </Field>
      <Field
        name="kind"
        label={labels.kind!}
        hint={t("form.kindHint")}
        required
        error={errors?.kind}
      >
        {(c) => (
          <select {...c} defaultValue={values.kind}>
            <option value="">{t("form.choose")}</option>
            {NETWORK_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kind.${kind}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        name="description"
        label={labels.description!}
        hint={t("form.descriptionHint")}
        required
        error={errors?.description}
      >
        {(c) => (
          <textarea {...c} rows={6} maxLength={DESCRIPTION_MAX} defaultValue={values.description} />
        )}
      </Field>
      <fieldset>
        <legend>{t("form.where")}</legend>
        <p className="hint">{t("form.whereHint")}</p>
        <Field name="country" label={labels.country!} error={errors?.country}>
          {(c) => (
            <select {...c} defaultValue={values.country}>
              <option value="">{t("form.noCountry")}</option>
              {props.countries.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="region" label={labels.region!} error={errors?.region}>
          {(c) => (
            <input {...c} type="text" maxLength={PLACE_PART_MAX} defaultValue={values.region} />
          )}
        </Field>
        <Field name="city" label={labels.city!} error={errors?.city}>
          {(c) => (
            <input {...c} type="text" maxLength={PLACE_PART_MAX} defaultValue={values.city} />
          )}
        </Field>
        <div className="choice">
          <input
            id="field-online"
            name="online"
            type="checkbox"
            defaultChecked={values.online === "on"}
          />
          <label htmlFor="field-online">{t("form.online")}</label>
        </div>
      </fieldset>
      <fieldset
        id={sectorsIds.id}
        tabIndex={-1}
        aria-describedby={describedBy("sectors", false, Boolean(sectorsError))}
        className={sectorsError ? "field--error" : undefined}
      >
        <legend>
          {labels.sectors}
          <span className="required-mark" aria-hidden="true">
            {" "}
            *
          </span>
        </legend>
        {sectorsError && (
          <span className="error" id={sectorsIds.errorId}>
            {sectorsError}
          </span>
        )}
        {SECTORS.map((sector) => (
          <div className="choice" key={sector}>
            <input
              id={`field-sector-${sector}`}
              name="sectors"
              type="checkbox"
              value={sector}
              defaultChecked={values.sectors.includes(sector)}
            />
            <label htmlFor={`field-sector-${sector}`}>{t(`vocabulary:sector.${sector}`)}</label>
          </div>
        ))}
      </fieldset>
      <fieldset>
        <legend>{labels.languages}</legend>
        <p className="hint">{t("form.languagesHint")}</p>
        {Array.from({ length: LANGUAGE_PICKS }, (_, i) => (
          <Field
            key={i}
            name={i === 0 ? "languages" : `languages-${i + 1}`}
            label={t("form.languageN", { n: i + 1 })}
            required={i === 0}
            error={i === 0 ? errors?.languages : undefined}
          >
            {(c) => (
              <select {...c} name="languages" defaultValue={values.languages[i] ?? ""}>
                <option value="">{t("form.choose")}</option>
                {props.languages.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t("form.links")}</legend>
        <p className="hint">{t("form.linksHint")}</p>
        {urlField("websiteUrl")}
        {urlField("mailingListUrl")}
        {urlField("blogUrl")}
      </fieldset>
      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {props.submitLabel}
        </button>
      </div>
    </Form>
  );
}
