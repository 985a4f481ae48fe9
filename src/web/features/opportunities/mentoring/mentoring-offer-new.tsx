import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import {
  MENTORING_MESSAGE_MAX,
  type MentoringOfferFormValues,
} from "../../../../domain/opportunities/mentoring-offer-input.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field, useErrorMessage } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/mentoring-offer-new";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getMentoringOfferForm(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  if (result.value.offerId) throw redirect(`/opportunities/offers/${result.value.offerId}`);
  return result.value;
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const values: MentoringOfferFormValues = {
    way: formText(form, "way"),
    roundId: formText(form, "roundId"),
    message: formText(form, "message"),
  };
  const result = await context.services.useCases.offerMentoring(actorOf(viewer), {
    nominationId: params.nominationId,
    values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return redirect(`/opportunities/nominations/${params.nominationId}`);
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  return redirect(`/opportunities/offers/${result.value.offerId}?done=offered`);
}

/** The nominator keeps supporting the nominee: a direct mentoring offer, or an open round. */
export default function MentoringOfferNew({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const busy = useNavigation().state === "submitting";
  const message = useErrorMessage();
  const { nomination, rounds } = loaderData;
  const values = actionData?.values ?? { way: "direct", roundId: "", message: "" };
  const errors = actionData?.errors;
  const labels = { way: t("mentor.way"), roundId: t("mentor.round"), message: t("mentor.message") };
  const roundError = message(errors?.roundId);
  return (
    <>
      <title>{t("mentor.title", { name: nomination.nomineeName })}</title>
      <p className="breadcrumb">
        <Link to={`/opportunities/nominations/${nomination.id}`}>
          {nomination.opportunityTitle}
        </Link>
      </p>
      <h1>{t("mentor.title", { name: nomination.nomineeName })}</h1>
      <p className="lead">{t("mentor.intro", { name: nomination.nomineeName })}</p>
      <Form method="post" noValidate className="narrow">
        <ErrorSummary errors={errors} labels={labels} />
        <fieldset>
          <legend>{labels.way}</legend>
          <label className="choice">
            <input type="radio" name="way" value="direct" defaultChecked={values.way !== "round"} />{" "}
            {t("mentor.direct")}
          </label>
          <p className="hint">{t("mentor.directHint")}</p>
          {rounds.length > 0 && (
            <>
              <label className="choice">
                <input
                  type="radio"
                  name="way"
                  value="round"
                  defaultChecked={values.way === "round"}
                />{" "}
                {t("mentor.roundWay")}
              </label>
              <div className={`field${roundError ? " field--error" : ""}`}>
                <label htmlFor="field-roundId">{labels.roundId}</label>
                {roundError && (
                  <span className="error" id="field-roundId-error">
                    {roundError}
                  </span>
                )}
                <select
                  id="field-roundId"
                  name="roundId"
                  defaultValue={values.roundId}
                  aria-describedby={roundError ? "field-roundId-error" : undefined}
                  aria-invalid={roundError ? true : undefined}
                >
                  <option value="">{t("mentor.chooseRound")}</option>
                  {rounds.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name} — {r.programmeName}
                    </option>
                  ))}
                </select>
              </div>
              <ul className="hint">
                {rounds.map((r) => (
                  <li key={r.id}>
                    <Link to={`/p/${r.programmeSlug}/${r.slug}`}>{r.name}</Link>:{" "}
                    {t("mentor.closes")} <DateTime value={r.applicationsCloseAt} />
                  </li>
                ))}
              </ul>
            </>
          )}
        </fieldset>
        {rounds.length === 0 && <p className="hint">{t("mentor.noRounds")}</p>}
        <Field
          name="message"
          label={labels.message}
          hint={t("mentor.messageHint")}
          required
          error={errors?.message}
        >
          {(c) => (
            <textarea
              {...c}
              rows={6}
              maxLength={MENTORING_MESSAGE_MAX}
              defaultValue={values.message}
            />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("mentor.submit")}
          </button>
        </div>
      </Form>
    </>
  );
}
