import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/survey-list";

/**
 * A round's two surveys: dates, state, how many answered of those sent it. Reading writes
 * nothing: a round not yet published may have none, and a button (a POST) creates them.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundSurveys(actorOf(viewer), params.roundId);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, surveys, missing } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    missing,
    surveys: surveys.map((s) => ({
      id: s.id,
      kind: s.kind,
      state: s.state,
      sendAt: s.sendAt,
      remindAt: s.remindAt,
      closesAt: s.closesAt,
      questionCount: s.questionCount,
      counts: s.counts,
    })),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  if (formText(form, "intent") === "create") {
    const result = await context.services.useCases.createRoundSurveys(
      actorOf(viewer),
      params.roundId,
    );
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`/facilitate/rounds/${params.roundId}/surveys`);
  }
  throwUseCaseError({ code: "invalid", fieldErrors: {} });
}

export default function SurveyList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("surveys");
  const busy = useNavigation().state === "submitting";
  const { round } = loaderData;
  const base = `/facilitate/rounds/${round.id}`;
  return (
    <>
      <title>{`${t("list.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("list.heading", { round: round.name })}</h1>
      <p>{t("list.intro")}</p>
      {loaderData.missing.length > 0 && (
        <Form method="post" className="notice">
          <p>{t(loaderData.surveys.length === 0 ? "list.none" : "list.oneMissing")}</p>
          <button type="submit" name="intent" value="create" className="button" disabled={busy}>
            {t("list.create")}
          </button>
        </Form>
      )}
      <div className="cards">
        {loaderData.surveys.map((s) => (
          <section className="card" key={s.id} aria-labelledby={`survey-${s.id}`}>
            <h2 id={`survey-${s.id}`}>
              {t(`kind.${s.kind}`)} <span className="badge">{t(`state.${s.state}`)}</span>
            </h2>
            <dl className="details">
              <dt>{s.state === "scheduled" ? t("list.willSend") : t("list.sends")}</dt>
              <dd>
                <DateTime value={s.sendAt} />
              </dd>
              <dt>{t("list.reminds")}</dt>
              <dd>{s.remindAt ? <DateTime value={s.remindAt} /> : t("list.noReminder")}</dd>
              <dt>{s.state === "closed" ? t("list.closed") : t("list.closes")}</dt>
              <dd>
                <DateTime value={s.closesAt} />
              </dd>
            </dl>
            <p>{t("list.questions", { count: s.questionCount })}</p>
            <p>
              {s.counts.invited === 0 ? (
                t(s.state === "closed" ? "list.neverSent" : "list.notSent")
              ) : (
                <>
                  <strong>{t("list.answered", s.counts)}</strong>
                  {" · "}
                  {t("list.reminded", { count: s.counts.reminded })}
                </>
              )}
            </p>
            <p>
              <Link className="button button--secondary" to={`${base}/surveys/${s.id}`}>
                {t("list.edit")}
                <span className="visually-hidden"> — {t(`kind.${s.kind}`)}</span>
              </Link>
            </p>
          </section>
        ))}
      </div>
      <p>
        <Link to={`${base}/report`}>{t("list.report")}</Link>
      </p>
      <p className="hint">{t("list.reportHint")}</p>
    </>
  );
}
