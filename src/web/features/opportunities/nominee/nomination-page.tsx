import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import type { NominationPage as NominationPageData } from "../../../../use-cases/opportunities/get-nomination.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import { answerNotice, NomineeView } from "./nominee-view.tsx";
import type { Route } from "./+types/nomination-page";

/** A nomination for a signed-in nominee, nominator or (once accepted) organiser; 404 for anyone else. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getNomination(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const url = new URL(request.url);
  return {
    page: result.value,
    here: url.pathname,
    confirmDecline: url.searchParams.get("confirm") === "decline",
    notice: answerNotice(url),
    offered: url.searchParams.get("done") === "offered",
  };
}

/** The nominee answers here when signed in with the nominated address. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const answer = formText(await request.formData(), "answer") === "accept" ? "accept" : "decline";
  const result = await context.services.useCases.answerNomination(actorOf(viewer), {
    nominationId: params.nominationId,
    answer,
  });
  const here = new URL(request.url).pathname;
  if (!result.ok) {
    if (result.error.code === "conflict") return redirect(`${here}?done=answered`);
    if (result.error.code === "closed") return redirect(`${here}?done=closed`);
    throwUseCaseError(result.error);
  }
  return redirect(`${here}?done=${result.value.status}`);
}

export default function NominationPage({ loaderData }: Route.ComponentProps) {
  const { page } = loaderData;
  if (page.role === "nominee")
    return (
      <NomineeView
        nomination={page.nomination}
        here={loaderData.here}
        confirmDecline={loaderData.confirmDecline}
        notice={loaderData.notice}
      />
    );
  return <OthersView page={page} offered={loaderData.offered} />;
}

/** The nominator's view (never the nominee's answer) and an organiser's (accepted only). */
function OthersView(props: {
  page: Exclude<NominationPageData, { role: "nominee" }>;
  offered: boolean;
}) {
  const t = useFixedT("opportunities");
  const { page } = props;
  const { nomination } = page;
  const { opportunity } = nomination;
  const offeredRef = useFocusOnArrival<HTMLParagraphElement>(props.offered);
  return (
    <>
      <title>{t("nomination.title", { name: nomination.nomineeName })}</title>
      <p className="breadcrumb">
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </p>
      <h1>{t("nomination.title", { name: nomination.nomineeName })}</h1>
      {props.offered && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={offeredRef}>
          {t("nomination.offered")}
        </p>
      )}
      <dl className="network-facts">
        {page.role === "organiser" ? (
          <>
            <dt>{t("nomination.email")}</dt>
            <dd>{page.nomination.nomineeEmail}</dd>
            <dt>{t("nomination.nominator")}</dt>
            <dd>
              <bdi>{page.nomination.nominatorName ?? t("review.formerMember")}</bdi>
            </dd>
            <dt>{t("answer.outcome")}</dt>
            <dd>
              {page.nomination.outcome
                ? t(`outcome.${page.nomination.outcome}`)
                : t("nomination.noOutcome")}
            </dd>
          </>
        ) : (
          <>
            <dt>{t("nomination.status")}</dt>
            <dd>{t(`nominatorView.${page.nomination.view}`)}</dd>
          </>
        )}
      </dl>
      {page.role === "nominator" && <p className="hint">{t("nomination.nominatorPrivacy")}</p>}
      {nomination.note && (
        <>
          <h2>{t("answer.note")}</h2>
          <blockquote className="quote">{nomination.note}</blockquote>
        </>
      )}
      {page.role === "nominator" && page.nomination.mayOfferMentoring && (
        <section aria-labelledby="keep-supporting">
          <h2 id="keep-supporting">{t("nomination.keepSupporting")}</h2>
          <p>{t("nomination.keepSupportingIntro", { name: nomination.nomineeName })}</p>
          <p>
            <Link className="button" to={`/opportunities/nominations/${nomination.id}/mentor`}>
              {t("nomination.offerMentoring")}
            </Link>
          </p>
        </section>
      )}
      {page.role === "nominator" && page.nomination.offerId && (
        <p>
          <Link to={`/opportunities/offers/${page.nomination.offerId}`}>
            {t("nomination.seeOffer")}
          </Link>
        </p>
      )}
    </>
  );
}
