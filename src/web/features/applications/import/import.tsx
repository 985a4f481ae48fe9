import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, redirect, useNavigation } from "react-router";
import type { FieldError, FieldErrors } from "../../../../domain/field-errors.ts";
import { type ImportProblem } from "../../../../use-cases/applications/import-applications.ts";
import {
  describedBy,
  ErrorSummary,
  Field,
  fieldIds,
  useErrorMessage,
} from "../../../shared/field.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { readUploadForm } from "../../../shared/read-upload.server.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { ImportFormatHelp } from "./import-format-help.tsx";
import { ImportProblems } from "./import-problems.tsx";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/import";

const MAX_UPLOAD_MB = 20;

type ActionData = { errors?: FieldErrors; problems?: ImportProblem[]; fileName?: string };

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getFacilitatedRound(
    actorOf(viewer),
    params.roundId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, questions } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: {
      id: programme.id,
      name: programme.name,
      defaultLanguage: programme.defaultLanguage,
    },
    questionLabels: questions.map((q) => q.label),
  };
}

export async function action({
  request,
  context,
  params,
}: Route.ActionArgs): Promise<ActionData | Response> {
  const viewer = await requireViewer(request, context);
  const upload = await readUploadForm(request, MAX_UPLOAD_MB * 1024 * 1024);
  if (!upload.ok) {
    const key =
      upload.reason === "too_large"
        ? "applications:import.tooLarge"
        : "applications:import.unreadable";
    return { errors: { file: { key, values: { max: MAX_UPLOAD_MB } } } };
  }
  const file = upload.form.get("file");
  const consentConfirmed = upload.form.get("consent") === "yes";
  if (!(file instanceof File) || file.size === 0) {
    const errors: FieldErrors = { file: { key: "applications:import.fileRequired" } };
    if (!consentConfirmed) errors.consent = { key: "applications:import.consentRequired" };
    return { errors };
  }
  const result = await context.services.useCases.startApplicationsImport(actorOf(viewer), {
    roundId: params.roundId,
    bytes: new Uint8Array(await file.arrayBuffer()),
    consentConfirmed,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { errors: result.error.fieldErrors };
    throwUseCaseError(result.error);
  }
  if (result.value.kind === "invalid")
    return { problems: result.value.problems, fileName: file.name };
  return redirect(`/facilitate/rounds/${params.roundId}/import/${result.value.job.id}`);
}

export default function ImportApplications({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const busy = useNavigation().state === "submitting";
  const { round, programme } = loaderData;
  const data = actionData;
  const labels = { file: t("import.file"), consent: t("import.consentLabel") };
  return (
    <>
      <title>{`${t("import.title")} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={programme}
        round={round}
        section={{ path: "applicants", label: t("applications:list.title") }}
      />
      <h1>{t("import.heading", { round: round.name })}</h1>
      <p className="lead">{t("import.lead")}</p>
      <ul>
        <li>{t("import.rules.allOrNothing")}</li>
        <li>{t("import.rules.status")}</li>
        <li>{t("import.rules.noEmail")}</li>
        <li>
          {t("import.rules.language", {
            language: t(`common:languages.${programme.defaultLanguage}`, {
              defaultValue: programme.defaultLanguage,
            }),
          })}
        </li>
      </ul>
      {data?.problems && (
        <section
          className="error-summary"
          aria-labelledby="problems-heading"
          role="alert"
          tabIndex={-1}
        >
          <h2 id="problems-heading">
            {t("import.refused", { count: problemCount(data.problems), file: data.fileName })}
          </h2>
          <p>{t("import.refusedHint")}</p>
          <ImportProblems problems={data.problems} />
        </section>
      )}
      <div className="narrow">
        <ErrorSummary errors={data?.errors} labels={labels} />
        <Form method="post" encType="multipart/form-data" noValidate>
          <Field
            name="file"
            label={labels.file}
            hint={t("import.fileHint", { max: MAX_UPLOAD_MB })}
            required
            error={data?.errors?.file}
          >
            {(c) => <input {...c} type="file" accept=".csv,.tsv,.txt,text/csv" />}
          </Field>
          <ConsentCheckbox label={t("import.consent")} error={data?.errors?.consent} />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {busy ? t("import.uploading") : t("import.submit")}
            </button>
          </div>
        </Form>
      </div>
      <ImportFormatHelp questionLabels={loaderData.questionLabels} />
    </>
  );
}

/** A required checkbox whose whole sentence is its label, with its error above it. */
function ConsentCheckbox({ label, error }: { label: string; error: FieldError | undefined }) {
  const message = useErrorMessage()(error);
  const { id, errorId } = fieldIds("consent");
  return (
    <div className={`field${message ? " field--error" : ""}`}>
      {message && (
        <span className="error" id={errorId}>
          {message}
        </span>
      )}
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          name="consent"
          type="checkbox"
          value="yes"
          required
          aria-invalid={message ? true : undefined}
          aria-describedby={describedBy("consent", false, Boolean(message))}
        />
        <span>
          {label}
          <span className="required-mark" aria-hidden="true">
            {" "}
            *
          </span>
        </span>
      </label>
    </div>
  );
}

/** Problems found, counting those left off the list (the parser stops listing at 200). */
function problemCount(problems: ImportProblem[]): number {
  return problems.reduce(
    (sum, p) => sum + (p.code === "too_many_errors" ? Number(p.params.count) : 1),
    0,
  );
}
