import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import {
  NOMINATION_NOTE_MAX,
  NOMINEE_NAME_MAX,
  type NominationFormValues,
} from "../../../../domain/opportunities/nomination-input.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { ErrorSummary, Field } from "../../../shared/field.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { minutesToWaitFor } from "../../../shared/throttle.server.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/nominate";

const EMPTY: NominationFormValues = { self: "", nomineeName: "", nomineeEmail: "", note: "" };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getOpportunityPage(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { opportunity, takesNominations } = result.value;
  return {
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      eligibility: opportunity.eligibility,
      deadline: opportunity.deadline,
      publisherName: opportunity.publisher.name,
    },
    takesNominations,
  };
}

type Problem = "closed" | "already" | "unverified" | "wait";

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const values: NominationFormValues = {
    self: formText(form, "self"),
    nomineeName: formText(form, "nomineeName"),
    nomineeEmail: formText(form, "nomineeEmail"),
    note: formText(form, "note"),
  };
  // Nominating emails an address someone typed: it spends the same allowance as sign-up's.
  if (values.self !== "1") {
    const minutes = await minutesToWaitFor(request, context, "email", values.nomineeEmail.trim());
    if (minutes !== null) return { values, problem: "wait" as Problem, minutes };
  }
  const result = await context.services.useCases.nominate(actorOf(viewer), {
    opportunityId: params.opportunityId,
    values,
    locale: requestLocale(request, viewer),
    timeZone: readerTimeZone(request),
  });
  if (!result.ok) {
    const { error } = result;
    if (error.code === "invalid") return { values, errors: error.fieldErrors };
    if (error.code === "closed") return { values, problem: "closed" as Problem };
    if (error.code === "conflict")
      return {
        values,
        problem: (error.reason === "unverified" ? "unverified" : "already") as Problem,
      };
    throwUseCaseError(error);
  }
  context.services.pokeMailer();
  const done = result.value.self ? "self" : "nominated";
  return redirect(`/opportunities/${params.opportunityId}?done=${done}`);
}

/** Nominate a colleague (by name and address) or oneself, with a note saying why. */
export default function Nominate({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const busy = useNavigation().state === "submitting";
  const { opportunity } = loaderData;
  const values = actionData?.values ?? EMPTY;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const problem = actionData && "problem" in actionData ? actionData.problem : null;
  const labels = {
    nomineeName: t("nominate.name"),
    nomineeEmail: t("nominate.email"),
    note: t("nominate.note"),
  };
  const closed = !loaderData.takesNominations || problem === "closed";
  // A refusal without an error summary (closed, already nominated, unverified, too many):
  // focus goes to it, as the busy button dropped it.
  const problemRef = useFocusOnShow<HTMLParagraphElement>(problem ? actionData : null);
  return (
    <>
      <title>{t("nominate.title", { title: opportunity.title })}</title>
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </p>
      <h1>{t("nominate.title", { title: opportunity.title })}</h1>
      {closed ? (
        <p className="notice" role="alert" tabIndex={-1} ref={problemRef}>
          {t("nominate.closed")} <DateTime value={opportunity.deadline} />
        </p>
      ) : (
        <>
          <p>
            {t("summary.deadline")} <DateTime value={opportunity.deadline} />
          </p>
          <h2>{t("page.eligibility")}</h2>
          <p className="pre-line">{opportunity.eligibility}</p>
          {problem && (
            <p className="notice" role="alert" tabIndex={-1} ref={problemRef}>
              {t(`nominate.problem.${problem}`, {
                minutes: actionData && "minutes" in actionData ? actionData.minutes : 0,
              })}
            </p>
          )}
          <Form method="post" noValidate className="narrow">
            <ErrorSummary errors={errors} labels={labels} />
            <fieldset>
              <legend>{t("nominate.who")}</legend>
              <label className="choice">
                <input type="radio" name="self" value="" defaultChecked={values.self !== "1"} />{" "}
                {t("nominate.colleague")}
              </label>
              <label className="choice">
                <input type="radio" name="self" value="1" defaultChecked={values.self === "1"} />{" "}
                {t("nominate.myself")}
              </label>
            </fieldset>
            <p className="hint">{t("nominate.colleagueHint")}</p>
            <Field
              name="nomineeName"
              label={labels.nomineeName}
              required
              error={errors?.nomineeName}
            >
              {(c) => (
                <input
                  {...c}
                  type="text"
                  autoComplete="off"
                  maxLength={NOMINEE_NAME_MAX}
                  defaultValue={values.nomineeName}
                />
              )}
            </Field>
            <Field
              name="nomineeEmail"
              label={labels.nomineeEmail}
              required
              error={errors?.nomineeEmail}
            >
              {(c) => (
                <input {...c} type="email" autoComplete="off" defaultValue={values.nomineeEmail} />
              )}
            </Field>
            <Field
              name="note"
              label={labels.note}
              hint={t("nominate.noteHint")}
              required
              error={errors?.note}
            >
              {(c) => (
                <textarea
                  {...c}
                  rows={6}
                  maxLength={NOMINATION_NOTE_MAX}
                  defaultValue={values.note}
                />
              )}
            </Field>
            <p className="hint">{t("page.privacy")}</p>
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t("nominate.submit")}
              </button>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
