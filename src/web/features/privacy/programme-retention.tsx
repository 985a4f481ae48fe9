import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import {
  MAX_APPLICATION_RETENTION_DAYS,
  MIN_APPLICATION_RETENTION_DAYS,
} from "../../../domain/privacy/application-retention.ts";
import { ErrorSummary, Field } from "../../shared/field.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/programme-retention";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getApplicationRetention(
    actorOf(viewer),
    params.programmeId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const saved = new URL(request.url).searchParams.get("saved") === "1";
  return { ...result.value, saved };
}

/** The programme's facilitators set how long its finished rounds' applications are kept. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const keep = formText(form, "keep") === "forever" ? "forever" : "days";
  const days = formText(form, "days");
  const result = await context.services.useCases.setApplicationRetention(actorOf(viewer), {
    programmeId: params.programmeId,
    retention: keep === "forever" ? { keep } : { keep, days },
  });
  if (result.ok) return redirect(`/facilitate/programmes/${params.programmeId}/retention?saved=1`);
  if (result.error.code === "invalid") return { keep, days, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function ProgrammeRetention({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const busy = useNavigation().state === "submitting";
  const errors = actionData?.errors;
  const keep = actionData?.keep ?? (loaderData.retentionDays === null ? "forever" : "days");
  const days = actionData?.days ?? String(loaderData.retentionDays ?? "");
  const range = { min: MIN_APPLICATION_RETENTION_DAYS, max: MAX_APPLICATION_RETENTION_DAYS };
  const labels = { days: t("retention.daysField"), form: "" };
  return (
    <div className="narrow">
      <title>{t("retention.settingsTitle")}</title>
      <p>
        <Link to={`/facilitate/programmes/${loaderData.programmeId}`}>
          <bdi>{loaderData.name}</bdi>
        </Link>
      </p>
      <h1>{t("retention.settingsTitle")}</h1>
      <p>{t("retention.settingsIntro", { programme: loaderData.name })}</p>
      {loaderData.saved && (
        <p className="notice notice--ok" role="status">
          {t("retention.saved")}
        </p>
      )}
      <p>
        {loaderData.retentionDays === null
          ? t("retention.current_forever")
          : t("retention.current_days", { count: loaderData.retentionDays })}
      </p>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate>
        <fieldset>
          <legend>{t("retention.keep")}</legend>
          <div className="choice field">
            <input
              type="radio"
              id="keep-days"
              name="keep"
              value="days"
              defaultChecked={keep === "days"}
            />
            <label htmlFor="keep-days">{t("retention.keepDays")}</label>
          </div>
          <Field
            name="days"
            label={labels.days}
            hint={t("retention.daysHint", range)}
            error={errors?.days}
          >
            {(c) => (
              <input
                {...c}
                type="number"
                inputMode="numeric"
                min={range.min}
                max={range.max}
                step={1}
                defaultValue={days}
              />
            )}
          </Field>
          <div className="choice field">
            <input
              type="radio"
              id="keep-forever"
              name="keep"
              value="forever"
              defaultChecked={keep === "forever"}
            />
            <label htmlFor="keep-forever">{t("retention.keepForever")}</label>
          </div>
        </fieldset>
        <button type="submit" className="button" disabled={busy}>
          {t("retention.save")}
        </button>
      </Form>
    </div>
  );
}
