import { useTranslation } from "react-i18next";
import { Form, data, redirect, useNavigation } from "react-router";
import {
  CHECK_IN_ANSWERS,
  GOOD_MATCH_ANSWERS,
} from "../../../../domain/partnerships/check-in-schedule.ts";
import { formatList } from "../../../../i18n/format-weekly-hours.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import type { UseCaseError } from "../../../../use-cases/result.ts";
import { CheckInClosed } from "./check-in-closed.tsx";
import type { Route } from "./+types/check-in";

// The link is a key in the URL: keep it out of caches and of Referer headers to other sites
// ("same-origin", not "no-referrer", so the page's own form post is not refused as cross-site).
export const headers: Route.HeadersFunction = () => ({
  "Referrer-Policy": "same-origin",
  "Cache-Control": "private, no-store",
});

/** An expired link, an invalid one, or an ended partnership: a page that says which. */
function closedState(error: UseCaseError) {
  if (error.code === "closed") return data({ state: "expired" as const }, { status: 410 });
  if (error.code === "conflict") return data({ state: "ended" as const }, { status: 409 });
  return data({ state: "invalid" as const }, { status: 404 });
}

/** Shows the check-in with the link's answer chosen. Reading it changes nothing. */
export async function loader({ request, params, context }: Route.LoaderArgs) {
  const found = await context.services.useCases.findCheckIn(params.token);
  if (!found.ok) return closedState(found.error);
  const view = found.value;
  if (!view.open) return closedState({ code: "conflict", reason: "ended" });
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  const { checkIn } = view;
  return {
    state: "open" as const,
    saved,
    roundName: view.roundName,
    partnerNames: view.partnerNames,
    sequence: checkIn.sequence,
    asksGoodMatch: view.asksGoodMatch,
    chosen: saved && checkIn.answer ? checkIn.answer : view.chosen,
    previous:
      checkIn.answer && checkIn.answeredAt
        ? { answer: checkIn.answer, at: checkIn.answeredAt }
        : null,
    goodMatch: checkIn.goodMatch ?? "",
    note: checkIn.note,
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const form = await request.formData();
  const values = {
    answer: formText(form, "answer"),
    goodMatch: formText(form, "goodMatch"),
    note: formText(form, "note"),
  };
  const result = await context.services.useCases.answerCheckIn(params.token, values);
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    return closedState(result.error);
  }
  return redirect(`/check-in/${params.token}?saved=1`);
}

export default function CheckInPage({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("checkins");
  const errorMessage = useErrorMessage();
  const busy = useNavigation().state === "submitting";
  if (loaderData.state !== "open") return <CheckInClosed state={loaderData.state} />;
  const closed = actionData && "state" in actionData ? actionData.state : null;
  if (closed) return <CheckInClosed state={closed} />;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const values = actionData && "values" in actionData ? actionData.values : undefined;
  const answerIds = fieldIds("answer");
  const goodMatchIds = fieldIds("goodMatch");
  const partners = formatList(loaderData.partnerNames, i18n.language);
  const labels = {
    answer: t("page.legend"),
    goodMatch: t("page.goodMatchLegend"),
    note: t("page.note"),
  };
  const chosen = values?.answer ?? loaderData.chosen;
  return (
    <div className="narrow">
      <title>{`${t("page.title")} — ${loaderData.roundName}`}</title>
      <h1>{t("page.heading", { round: loaderData.roundName })}</h1>
      <p className="lead">
        {t("page.intro", { partners })} {t("page.which", { sequence: loaderData.sequence })}
      </p>
      {loaderData.saved && (
        <div className="notice notice--ok" role="status">
          <p>{t("page.saved")}</p>
          {loaderData.chosen === "problem" && <p>{t("page.problemSaved")}</p>}
        </div>
      )}
      {!loaderData.saved && loaderData.previous && (
        <p className="notice">
          {t("page.answeredBefore", { answer: t(`answers.${loaderData.previous.answer}`) })}{" "}
          <DateTime value={loaderData.previous.at} />. {t("page.answeredBeforeEnd")}
        </p>
      )}
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <fieldset
          className={errors?.answer ? "field--error" : undefined}
          aria-describedby={errors?.answer ? answerIds.errorId : undefined}
        >
          <legend>{labels.answer}</legend>
          {errors?.answer && (
            <span className="error" id={answerIds.errorId}>
              {errorMessage(errors.answer)}
            </span>
          )}
          {CHECK_IN_ANSWERS.map((answer, index) => (
            <label className="choice" key={answer}>
              <input
                type="radio"
                name="answer"
                value={answer}
                id={index === 0 ? answerIds.id : undefined}
                defaultChecked={chosen === answer}
              />
              {t(`answers.${answer}`)}
            </label>
          ))}
        </fieldset>
        {loaderData.asksGoodMatch && (
          <fieldset
            className={errors?.goodMatch ? "field--error" : undefined}
            aria-describedby={goodMatchIds.hintId}
          >
            <legend>{labels.goodMatch}</legend>
            <span className="hint" id={goodMatchIds.hintId}>
              {t("page.goodMatchHint")}
            </span>
            {GOOD_MATCH_ANSWERS.map((answer, index) => (
              <label className="choice" key={answer}>
                <input
                  type="radio"
                  name="goodMatch"
                  value={answer}
                  id={index === 0 ? goodMatchIds.id : undefined}
                  defaultChecked={(values?.goodMatch ?? loaderData.goodMatch) === answer}
                />
                {t(`goodMatch.${answer}`)}
              </label>
            ))}
          </fieldset>
        )}
        <Field name="note" label={labels.note} hint={t("page.noteHint")} error={errors?.note}>
          {(c) => (
            <textarea {...c} maxLength={2000} defaultValue={values?.note ?? loaderData.note} />
          )}
        </Field>
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("page.submit")}
          </button>
        </div>
      </Form>
    </div>
  );
}
