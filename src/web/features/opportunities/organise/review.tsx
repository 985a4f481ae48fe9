import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { isNominationOutcome } from "../../../../domain/opportunities/nomination-visibility.ts";
import { formText } from "../../../shared/form-data.ts";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnArrival, useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/review";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listNominationsForReview(actorOf(viewer), {
    opportunityId: params.opportunityId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { opportunity, nominations } = result.value;
  return {
    page,
    opportunity: { id: opportunity.id, title: opportunity.title },
    total: nominations.total,
    nominations: nominations.items.map((n) => ({
      id: n.id,
      nomineeName: n.nomineeName,
      nomineeEmail: n.nomineeEmail,
      nominatorName: n.nominatorName,
      self: n.nominatorId !== null && n.nominatorId === n.nomineeUserId,
      note: n.note,
      outcome: n.outcome,
    })),
    recorded: url.searchParams.get("done") === "recorded",
  };
}

/** One button per outcome: the organiser records it; nominee and nominator are emailed. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const outcome = formText(form, "outcome");
  if (!isNominationOutcome(outcome)) notFound();
  const result = await context.services.useCases.recordNominationOutcome(actorOf(viewer), {
    nominationId: formText(form, "nominationId"),
    outcome,
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { error: "recorded" as const };
    throwUseCaseError(result.error);
  }
  context.services.pokeMailer();
  return redirect(`/opportunities/${params.opportunityId}/review?done=recorded`);
}

/** The organisers' review: accepted nominations only, with their notes (decision 0019). */
export default function Review({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const { opportunity, nominations } = loaderData;
  const recordedRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(loaderData.recorded));
  const refusedRef = useFocusOnShow<HTMLParagraphElement>(actionData?.error ? actionData : null);
  return (
    <>
      <title>{t("review.title", { title: opportunity.title })}</title>
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </p>
      <h1>{t("review.title", { title: opportunity.title })}</h1>
      <p className="lead">{t("review.intro")}</p>
      {loaderData.recorded && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={recordedRef}>
          {t("review.recorded")}
        </p>
      )}
      {actionData?.error && (
        <p className="notice" role="alert" tabIndex={-1} ref={refusedRef}>
          {t("review.alreadyRecorded")}
        </p>
      )}
      {loaderData.total === 0 ? (
        <p className="empty">{t("review.empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("review.listLabel")}>
          {nominations.map((n) => (
            <li key={n.id} className="card">
              <h2>
                <bdi>{n.nomineeName}</bdi>
              </h2>
              {/* A long address breaks anywhere rather than widening the page past a phone. */}
              <p className="muted" style={{ overflowWrap: "anywhere" }}>
                {n.nomineeEmail} ·{" "}
                {n.self
                  ? t("review.self")
                  : t("review.by", { name: n.nominatorName ?? t("review.formerMember") })}
              </p>
              {n.note && <blockquote className="quote">{n.note}</blockquote>}
              {n.outcome ? (
                <p>
                  <span className="badge">{t(`outcome.${n.outcome}`)}</span>
                </p>
              ) : (
                <Form method="post" className="actions">
                  <input type="hidden" name="nominationId" value={n.id} />
                  <button
                    type="submit"
                    name="outcome"
                    value="selected"
                    className="button"
                    aria-label={t("review.selectFor", { name: n.nomineeName })}
                  >
                    {t("review.select")}
                  </button>
                  <button
                    type="submit"
                    name="outcome"
                    value="not_this_time"
                    className="button button--secondary"
                    aria-label={t("review.notThisTimeFor", { name: n.nomineeName })}
                  >
                    {t("review.notThisTime")}
                  </button>
                </Form>
              )}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}
