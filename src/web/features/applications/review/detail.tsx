import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, redirect, useNavigation } from "react-router";
import { FACILITATOR_DECISIONS } from "../../../../domain/applications/application-status.ts";
import { ErrorSummary, Field, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { ApplicantProfile, CustomAnswerList } from "./applicant-profile.tsx";
import { countryNames, languageNames } from "./display-names.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/detail";
import { useShownName } from "../../privacy/shown-name.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findApplicant(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, application, questions } = result.value;
  const url = new URL(request.url);
  const locale = requestLocale(request, viewer);
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    application,
    questions: questions.map((q) => ({ id: q.id, label: q.label })),
    names: {
      countries: countryNames([application.country], locale),
      languages: languageNames(
        [...application.languages.map((l) => l.code), application.locale],
        locale,
      ),
    },
    decided: url.searchParams.get("decided"),
    notified: url.searchParams.get("notified") === "1",
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const values = {
    decision: formText(form, "decision"),
    message: formText(form, "message"),
    notify: form.get("notify") === "yes",
  };
  const result = await context.services.useCases.decideApplication(actorOf(viewer), {
    roundId: params.roundId,
    applicationId: params.applicationId,
    ...values,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return { values, errors: { form: { key: "applications:decision.withdrawn" } } };
    throwUseCaseError(result.error);
  }
  if (values.notify) context.services.pokeMailer();
  const query = `decided=${result.value.status}${values.notify ? "&notified=1" : ""}`;
  return redirect(
    `/facilitate/rounds/${params.roundId}/applicants/${params.applicationId}?${query}#decision`,
  );
}

export default function ApplicantDetail({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const shown = useShownName();
  const errorMessage = useErrorMessage();
  const decisionIds = fieldIds("decision");
  const busy = useNavigation().state === "submitting";
  const { application: a, round } = loaderData;
  const errors = actionData?.errors;
  const values = actionData?.values;
  const current = (FACILITATOR_DECISIONS as readonly string[]).includes(a.status) ? a.status : "";
  const labels = { decision: t("decision.legend"), message: t("decision.message"), form: "" };
  // After a decision is saved the form is drawn anew and its button is gone: focus goes to the
  // message that says what was saved (and whether the applicant is told), under the heading.
  const savedRef = useFocusOnShow<HTMLParagraphElement>(
    loaderData.decided ? `${loaderData.decided}-${String(a.updatedAt)}` : null,
  );
  return (
    <>
      <title>{`${shown(a.name)} — ${t("list.title")} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "applicants", label: t("applications:list.title") }}
      />
      <h1>{shown(a.name)}</h1>
      <p>
        {t("filters.status")}: <span className="badge">{t(`vocabulary:status.${a.status}`)}</span>
        {a.status === "waitlisted" && a.waitlistReason && (
          <>
            {" "}
            {t(`detail.waitlistReasons.${a.waitlistReason}`, { defaultValue: a.waitlistReason })}
          </>
        )}
      </p>
      {a.decisionMessage && (
        <>
          <h2>{t("detail.decisionMessage")}</h2>
          <p style={{ whiteSpace: "pre-wrap" }}>{a.decisionMessage}</p>
        </>
      )}
      <ApplicantProfile application={a} names={loaderData.names} />
      <CustomAnswerList answers={a.customAnswers} questions={loaderData.questions} />

      <h2 id="decision">{t("decision.title")}</h2>
      {loaderData.decided && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={savedRef}>
          {t(`decision.saved.${loaderData.decided}`, { defaultValue: t("decision.savedAny") })}{" "}
          {loaderData.notified ? t("decision.emailQueued") : t("decision.noEmail")}
        </p>
      )}
      {a.status === "withdrawn" ? (
        <p className="notice">{t("decision.withdrawn")}</p>
      ) : (
        <div className="narrow">
          <ErrorSummary errors={errors} labels={labels} />
          {/* A new key after each saved decision empties the message box again. */}
          <Form method="post" noValidate key={String(a.updatedAt)}>
            <fieldset
              className={errors?.decision ? "field--error" : undefined}
              aria-describedby={errors?.decision ? decisionIds.errorId : undefined}
            >
              <legend>{labels.decision}</legend>
              {errors?.decision && (
                <span className="error" id={decisionIds.errorId}>
                  {errorMessage(errors.decision)}
                </span>
              )}
              {FACILITATOR_DECISIONS.map((decision, index) => (
                <label className="choice" key={decision}>
                  <input
                    type="radio"
                    name="decision"
                    value={decision}
                    id={index === 0 ? decisionIds.id : undefined}
                    defaultChecked={(values?.decision ?? current) === decision}
                  />
                  {t(`decision.options.${decision}`)}
                </label>
              ))}
            </fieldset>
            <Field
              name="message"
              label={labels.message}
              hint={t("decision.messageHint")}
              error={errors?.message}
            >
              {(c) => <textarea {...c} maxLength={2000} defaultValue={values?.message ?? ""} />}
            </Field>
            <label className="choice">
              <input
                type="checkbox"
                name="notify"
                value="yes"
                defaultChecked={values?.notify ?? true}
              />
              {t("decision.notify")}
            </label>
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t("decision.submit")}
              </button>
            </div>
          </Form>
        </div>
      )}
    </>
  );
}
