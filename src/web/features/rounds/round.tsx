import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { allowedNextStatuses } from "../../../domain/rounds/round-status.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { Field } from "../../shared/field.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import { ROUND_DATE_FIELDS } from "./parse-round-form.ts";
import type { Route } from "./+types/round";
import { formText } from "../../shared/form-data.ts";

// Publishing a matching result (a later step) is what moves a round to "matched".
const MANUAL_TRANSITIONS = new Set(["open", "closed", "active", "finished"]);

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundForFacilitator(
    actorOf(viewer),
    params.roundId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, questions, statusCounts } = result.value;
  const url = new URL(request.url);
  return {
    round,
    programme: { id: programme.id, name: programme.name, slug: programme.slug },
    questions,
    statusCounts,
    nextStatuses: allowedNextStatuses(round.status).filter((s) => MANUAL_TRANSITIONS.has(s)),
    notice: url.searchParams.get("saved")
      ? "saved"
      : url.searchParams.get("status")
        ? "status"
        : null,
    acceptedNow: url.searchParams.has("accepted")
      ? Number(url.searchParams.get("accepted")) || 0
      : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  if (form.get("intent") === "accept-all") {
    if (form.get("reviewed") !== "yes")
      return { error: "round.acceptAllConfirm", confirmCloseEarly: null };
    const result = await context.services.useCases.acceptAllSubmitted(actorOf(viewer), {
      roundId: params.roundId,
    });
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`/facilitate/rounds/${params.roundId}?accepted=${result.value.accepted}`);
  }
  if (form.get("intent") === "clone") {
    const result = await context.services.useCases.cloneRound(actorOf(viewer), {
      roundId: params.roundId,
      name: formText(form, "name"),
    });
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`/facilitate/rounds/${result.value.id}/edit`);
  }
  const result = await context.services.useCases.changeRoundStatus(actorOf(viewer), {
    roundId: params.roundId,
    status: formText(form, "status"),
    closeEarlyConfirmed: form.get("closeEarly") === "confirmed",
  });
  if (!result.ok) {
    if (result.error.code === "conflict" && result.error.reason === "close_early_unconfirmed")
      return {
        error: null,
        confirmCloseEarly: {
          promisedUntil: new Date(result.error.data?.promisedUntil ?? 0),
          applicants: Number(result.error.data?.applicants ?? 0),
        },
      };
    if (result.error.code === "conflict")
      return { error: "round.transitionNotAllowed", confirmCloseEarly: null };
    throwUseCaseError(result.error);
  }
  return redirect(`/facilitate/rounds/${params.roundId}?status=1`);
}

export default function RoundPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("rounds");
  const number = useNumberFormat();
  const { round, programme } = loaderData;
  const publicPath = `/p/${programme.slug}/${round.slug}`;
  const total = loaderData.statusCounts.reduce((sum, s) => sum + s.count, 0);
  const submitted = loaderData.statusCounts.find((s) => s.value === "submitted")?.count ?? 0;
  return (
    <>
      <title>{`${round.name} — ${programme.name}`}</title>
      <p>
        <Link to={`/facilitate/programmes/${programme.id}`}>{programme.name}</Link>
      </p>
      <h1>{round.name}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status">
          {t(loaderData.notice === "saved" ? "round.saved" : "round.statusChanged")}
        </p>
      )}
      {actionData?.error && (
        <p className="notice notice--error" role="alert">
          {t(actionData.error)}
        </p>
      )}
      {actionData?.confirmCloseEarly && (
        <section className="card" role="alert" aria-labelledby="close-early-heading">
          <h2 id="close-early-heading">{t("round.closeEarly.title")}</h2>
          <p>
            {t("round.closeEarly.promised")}{" "}
            <DateTime value={actionData.confirmCloseEarly.promisedUntil} />
          </p>
          <p>{t("round.closeEarly.told", { count: actionData.confirmCloseEarly.applicants })}</p>
          <div className="actions">
            <Form method="post">
              <input type="hidden" name="status" value="closed" />
              <input type="hidden" name="closeEarly" value="confirmed" />
              <button type="submit" className="button button--danger">
                {t("round.closeEarly.confirm", { count: actionData.confirmCloseEarly.applicants })}
              </button>
            </Form>
            <Link className="button button--secondary" to={`/facilitate/rounds/${round.id}`}>
              {t("round.closeEarly.keepOpen")}
            </Link>
          </div>
        </section>
      )}
      <p>
        <span className="badge">{t(`vocabulary:roundStatus.${round.status}`)}</span>{" "}
        <span className="badge">{t(`vocabulary:mode.${round.mode}`)}</span>
      </p>
      {round.theme && <p className="lead">{round.theme}</p>}

      <div className="actions">
        {loaderData.nextStatuses.map((status) => (
          <Form method="post" key={status}>
            <input type="hidden" name="status" value={status} />
            <button type="submit" className="button">
              {t(`round.transition.${status}`)}
            </button>
          </Form>
        ))}
        <Link className="button button--secondary" to={`/facilitate/rounds/${round.id}/edit`}>
          {t("round.edit")}
        </Link>
        {round.status !== "draft" && <Link to={publicPath}>{t("round.publicPage")}</Link>}
      </div>

      <h2>{t("round.applications")}</h2>
      <p>
        {t("round.applicationCount", { count: total })}{" "}
        {loaderData.statusCounts.map((s) => (
          <span key={s.value} className="badge">
            {t(`vocabulary:status.${s.value}`)}: {number.format(s.count)}
          </span>
        ))}
      </p>
      {loaderData.acceptedNow !== null && (
        <p className="notice notice--ok" role="status">
          {t("round.acceptedAll", { count: loaderData.acceptedNow })}
        </p>
      )}
      {submitted > 0 && (
        <Form method="post" className="card">
          <input type="hidden" name="intent" value="accept-all" />
          <p>{t("round.acceptAllHint")}</p>
          <div className="choice field">
            <input type="checkbox" id="reviewed" name="reviewed" value="yes" required />
            <label htmlFor="reviewed">{t("round.acceptAllReviewed")}</label>
          </div>
          <button type="submit" className="button">
            {t("round.acceptAll", { count: submitted })}
          </button>
        </Form>
      )}
      <div className="actions">
        <Link className="button" to={`/facilitate/rounds/${round.id}/applicants`}>
          {t("round.viewApplicants")}
        </Link>
        <Link className="button button--secondary" to={`/facilitate/rounds/${round.id}/import`}>
          {t("round.importCsv")}
        </Link>
        <Link className="button button--secondary" to={`/facilitate/rounds/${round.id}/matching`}>
          {t("matching:nav.matching")}
        </Link>
      </div>

      <nav aria-labelledby="round-life-heading">
        <h2 id="round-life-heading">{t("round.life.title")}</h2>
        <p className="hint">{t("round.life.hint")}</p>
        <ul>
          {(
            [
              ["dashboard", "dashboard"],
              ["follow-up", "followUp"],
              ["partnerships", "partnerships"],
              ["topics", "topics"],
              ["sessions", "sessions"],
            ] as const
          ).map(([path, key]) => (
            <li key={path}>
              <Link to={`/facilitate/rounds/${round.id}/${path}`}>{t(`round.life.${key}`)}</Link>
            </li>
          ))}
          <li>
            <Link to={`/facilitate/rounds/${round.id}/surveys`}>{t("surveys:nav.roundLink")}</Link>
          </li>
          <li>
            <Link to={`/facilitate/rounds/${round.id}/report`}>{t("reports:roundLinkLong")}</Link>
          </li>
          <li>
            <Link to={`/facilitate/rounds/${round.id}/guide`}>{t("guides:roundLink")}</Link>
          </li>
        </ul>
      </nav>

      <h2>{t("round.datesLegend")}</h2>
      <dl className="details">
        {ROUND_DATE_FIELDS.map((f) => (
          <div key={f} style={{ display: "contents" }}>
            <dt>{t(`round.dates.${f}`)}</dt>
            <dd>
              <DateTime value={round[f]} />
            </dd>
          </div>
        ))}
        <dt>{t("round.cap")}</dt>
        <dd>
          {round.countryCapPercent === null ? t("round.noCap") : `${round.countryCapPercent} %`}
        </dd>
        <dt>{t("round.allowTriads")}</dt>
        <dd>{round.allowTriads ? t("common:yes") : t("common:no")}</dd>
      </dl>

      <h2>{t("round.questionsTitle")}</h2>
      {loaderData.questions.length === 0 ? (
        <p>{t("round.noQuestions")}</p>
      ) : (
        <ol>
          {loaderData.questions.map((q) => (
            <li key={q.id}>
              {q.label}{" "}
              <span className="muted">
                ({t(`round.kinds.${q.kind}`)}
                {q.required ? `, ${t("round.questionRequired")}` : ""})
              </span>
            </li>
          ))}
        </ol>
      )}

      <h2>{t("round.cloneTitle")}</h2>
      <p className="hint">{t("round.cloneHint")}</p>
      <Form method="post" className="filters">
        <input type="hidden" name="intent" value="clone" />
        <Field name="clone-name" label={t("round.cloneName")} required>
          {(c) => (
            <input
              {...c}
              name="name"
              type="text"
              defaultValue={t("round.cloneDefaultName", { name: round.name })}
            />
          )}
        </Field>
        <button type="submit" className="button button--secondary">
          {t("round.clone")}
        </button>
      </Form>
    </>
  );
}
