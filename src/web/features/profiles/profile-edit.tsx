import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import {
  BIO_MAX,
  HEADLINE_MAX,
  type ProfileFormValues,
} from "../../../domain/profiles/profile-input.ts";
import { PROFILE_VISIBILITIES } from "../../../domain/profiles/profile-visibility.ts";
import { SECTORS } from "../../../domain/vocabulary/vocabulary.ts";
import { ErrorSummary, Field, fieldIds, useErrorMessage } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import { countryOptions } from "../networks/option-lists.server.ts";
import type { Route } from "./+types/profile-edit";

function readProfileForm(form: FormData): ProfileFormValues {
  return {
    visibility: formText(form, "visibility"),
    headline: formText(form, "headline"),
    bio: formText(form, "bio"),
    country: formText(form, "country"),
    sector: formText(form, "sector"),
    openToMentoring: formText(form, "openToMentoring") === "on",
    lookingForMentor: formText(form, "lookingForMentor") === "on",
  };
}

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findMyProfile(actorOf(viewer));
  if (!result.ok) throwUseCaseError(result.error);
  const { visibility, headline, bio, country, sector, openToMentoring, lookingForMentor } =
    result.value;
  return {
    userId: viewer.id,
    values: { visibility, headline, bio, country, sector, openToMentoring, lookingForMentor },
    countries: countryOptions(requestLocale(request, viewer)),
  };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const values = readProfileForm(await request.formData());
  const result = await context.services.useCases.saveMyProfile(actorOf(viewer), { values });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  return redirect(`/members/${viewer.id}?done=saved`);
}

/** /account/profile: the member says who may see their profile and what it says. */
export default function ProfileEdit({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("profiles");
  const errorMessage = useErrorMessage();
  const busy = useNavigation().state === "submitting";
  const values = actionData?.values ?? loaderData.values;
  const errors = actionData?.errors;
  const labels = {
    visibility: t("edit.visibility"),
    headline: t("edit.headline"),
    bio: t("edit.bio"),
    country: t("edit.country"),
    sector: t("edit.sector"),
  };
  const visibilityIds = fieldIds("visibility");
  return (
    <>
      <title>{`${t("edit.title")} — Shelfmates`}</title>
      <p className="breadcrumb">
        <Link to="/account">{t("edit.account")}</Link>
      </p>
      <h1>{t("edit.title")}</h1>
      <p>{t("edit.intro")}</p>
      <p>
        <Link to={`/members/${loaderData.userId}`}>{t("edit.view")}</Link>
      </p>
      <Form method="post" noValidate className="narrow">
        <ErrorSummary errors={errors} labels={labels} />
        <fieldset
          className={`field${errors?.visibility ? " field--error" : ""}`}
          aria-describedby={errors?.visibility ? visibilityIds.errorId : undefined}
        >
          <legend>{labels.visibility}</legend>
          {errors?.visibility && (
            <span className="error" id={visibilityIds.errorId}>
              {errorMessage(errors.visibility)}
            </span>
          )}
          {PROFILE_VISIBILITIES.map((option, index) => (
            <div className="choice" key={option}>
              <input
                type="radio"
                name="visibility"
                value={option}
                id={index === 0 ? visibilityIds.id : `visibility-${option}`}
                defaultChecked={values.visibility === option}
              />
              <label htmlFor={index === 0 ? visibilityIds.id : `visibility-${option}`}>
                {t(`edit.visibilityOption.${option}`)}
              </label>
            </div>
          ))}
        </fieldset>
        <Field
          name="headline"
          label={labels.headline}
          hint={t("edit.headlineHint")}
          error={errors?.headline}
        >
          {(c) => (
            <input {...c} type="text" maxLength={HEADLINE_MAX} defaultValue={values.headline} />
          )}
        </Field>
        <Field name="bio" label={labels.bio} hint={t("edit.bioHint")} error={errors?.bio}>
          {(c) => <textarea {...c} rows={8} maxLength={BIO_MAX} defaultValue={values.bio} />}
        </Field>
        <Field name="country" label={labels.country} error={errors?.country}>
          {(c) => (
            <select {...c} defaultValue={values.country}>
              <option value="">{t("edit.none")}</option>
              {loaderData.countries.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field name="sector" label={labels.sector} error={errors?.sector}>
          {(c) => (
            <select {...c} defaultValue={values.sector}>
              <option value="">{t("edit.none")}</option>
              {SECTORS.map((s) => (
                <option key={s} value={s}>
                  {t(`vocabulary:sector.${s}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t("edit.mentoring")}</legend>
          <div className="choice field">
            <input
              type="checkbox"
              id="field-openToMentoring"
              name="openToMentoring"
              defaultChecked={values.openToMentoring}
            />
            <label htmlFor="field-openToMentoring">{t("profile.openToMentoring")}</label>
          </div>
          <div className="choice field">
            <input
              type="checkbox"
              id="field-lookingForMentor"
              name="lookingForMentor"
              defaultChecked={values.lookingForMentor}
            />
            <label htmlFor="field-lookingForMentor">{t("profile.lookingForMentor")}</label>
          </div>
        </fieldset>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("edit.save")}
          </button>
        </div>
      </Form>
    </>
  );
}
