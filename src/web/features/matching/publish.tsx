import { useFixedT } from "../../shared/use-fixed-t.ts";
import { useTranslation } from "react-i18next";
import { Form, Link, redirect } from "react-router";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { languageName } from "../../../domain/vocabulary/languages.ts";
import type { Route } from "./+types/publish";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.viewRun(actorOf(viewer), {
    ...params,
    name: "",
    country: "",
    sector: "",
    sort: "order",
    page: { offset: 0, limit: 0 },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, run, published, editable } = result.value;
  const summary = run.result.summary;
  const chosen = new URL(request.url).searchParams.get("preview");
  const preview = await context.services.useCases.previewPublicationEmails(actorOf(viewer), {
    ...params,
    applicationId: chosen || null,
  });
  if (!preview.ok) throwUseCaseError(preview.error);
  return {
    preview: preview.value,
    round,
    resultPath: `/facilitate/rounds/${params.roundId}/matching/runs/${params.runId}`,
    published,
    editable,
    partnerships: summary.groups,
    participants: summary.matchedPeople,
    unmatched: summary.unmatched,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  if (formText(form, "confirm") !== "on") return { error: "confirmRequired" };
  const result = await context.services.useCases.publishRun(actorOf(viewer), params);
  if (!result.ok) {
    if (result.error.code === "conflict") return { error: `conflict.${result.error.reason}` };
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  const { partnerships, introductions, notMatched } = result.value;
  return redirect(
    `/facilitate/rounds/${params.roundId}/matching?published=${partnerships}&emails=${introductions + notMatched}`,
  );
}

/** The confirmation step before the one irreversible action of matching. */
export default function PublishRun({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("matching");
  return (
    <>
      <title>{`${t("publish.title")} — ${loaderData.round.name}`}</title>
      <p>
        <Link to={loaderData.resultPath}>{t("nav.backToResult")}</Link>
      </p>
      <h1>{t("publish.title")}</h1>
      {actionData?.error && (
        <p className="notice notice--error" role="alert">
          {t(`publish.${actionData.error}`)}
        </p>
      )}
      {!loaderData.editable ? (
        <p className="notice notice--warn">
          {t(
            loaderData.published
              ? "publish.conflict.already_published"
              : "publish.conflict.round_not_closed",
          )}
        </p>
      ) : (
        <>
          <p>{t("publish.intro")}</p>
          <ul>
            <li>{t("publish.creates", { count: loaderData.partnerships })}</li>
            <li>{t("publish.moves")}</li>
            <li>{t("publish.emails", { count: loaderData.participants })}</li>
            <li>{t("publish.unmatched", { count: loaderData.unmatched })}</li>
          </ul>
          <EmailPreviews preview={loaderData.preview} />
          <p className="notice notice--warn">{t("publish.warning")}</p>
          <Form method="post">
            <div className="choice field">
              <input type="checkbox" id="confirm" name="confirm" required />
              <label htmlFor="confirm">{t("publish.confirm")}</label>
            </div>
            <button type="submit" className="button button--danger">
              {t("publish.button")}
            </button>
          </Form>
        </>
      )}
    </>
  );
}

type Preview = Route.ComponentProps["loaderData"]["preview"];

/** The introduction a chosen participant would receive, and the note to an unmatched one. */
function EmailPreviews({ preview }: { preview: Preview }) {
  const t = useFixedT("matching");
  return (
    <section aria-labelledby="preview-heading" className="card">
      <h2 id="preview-heading">{t("publish.preview.title")}</h2>
      <p>{t("publish.preview.intro")}</p>
      {preview.matched.length > 0 && (
        <Form method="get" className="inline-form">
          <label htmlFor="preview">{t("publish.preview.whose")}</label>
          <select id="preview" name="preview" defaultValue={preview.introduction?.applicationId}>
            {preview.matched.map((person) => (
              <option key={person.id} value={person.id}>
                {person.name}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--secondary">
            {t("publish.preview.show")}
          </button>
        </Form>
      )}
      {preview.introduction && (
        <PreviewedEmail email={preview.introduction} heading={t("publish.preview.introduction")} />
      )}
      {preview.notMatched && (
        <PreviewedEmail email={preview.notMatched} heading={t("publish.preview.notMatched")} />
      )}
    </section>
  );
}

function PreviewedEmail({
  email,
  heading,
}: {
  email: NonNullable<Preview["introduction"]>;
  heading: string;
}) {
  const { t, i18n } = useTranslation("matching");
  return (
    <>
      <h3>{heading}</h3>
      <dl className="details">
        <dt>{t("publish.preview.to")}</dt>
        <dd>{email.to}</dd>
        <dt>{t("publish.preview.language")}</dt>
        <dd>{languageName(email.locale, i18n.language)}</dd>
        <dt>{t("publish.preview.subject")}</dt>
        <dd>{email.subject}</dd>
      </dl>
      {/* The text version: the HTML one is built from the same paragraphs. */}
      <pre className="mail-text">{email.text}</pre>
    </>
  );
}
