import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { actorOf, findViewer } from "../../shared/viewer.server.ts";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/opportunity-page";

const NOTICES = ["posted", "nominated", "self", "closed"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const result = await context.services.useCases.getOpportunityPage(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { opportunity, ...rest } = result.value;
  const url = new URL(request.url);
  const done = url.searchParams.get("done");
  return {
    ...rest,
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      kind: opportunity.kind,
      eligibility: opportunity.eligibility,
      deadline: opportunity.deadline,
      status: opportunity.status,
      publisher: opportunity.publisher,
    },
    descriptionHtml: renderMarkdown(opportunity.description, 2, { images: true }),
    signedIn: viewer !== null,
    notice: NOTICES.find((n) => n === done) ?? null,
  };
}

/** An opportunity: what it is, who may be nominated, by when; nominating, and for its organisers review and closing. */
export default function OpportunityPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const number = useNumberFormat();
  const { opportunity, myNominations } = loaderData;
  const { publisher } = opportunity;
  const path = `/opportunities/${opportunity.id}`;
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.notice !== null);
  return (
    <>
      <title>{`${opportunity.title} — ${publisher.name}`}</title>
      <p className="breadcrumb">
        <Link to="/opportunities">{t("listing.title")}</Link>
      </p>
      <h1>{opportunity.title}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
          {t(`page.notice.${loaderData.notice}`)}
        </p>
      )}
      <dl className="network-facts">
        <dt>{t("page.kind")}</dt>
        <dd>{t(`kind.${opportunity.kind}`)}</dd>
        <dt>{t("page.postedBy")}</dt>
        <dd>
          {publisher.kind === "network" ? (
            <Link to={`/networks/${publisher.slug}`}>{publisher.name}</Link>
          ) : (
            <bdi>{publisher.name}</bdi>
          )}
        </dd>
        <dt>{t("page.deadline")}</dt>
        <dd>
          <DateTime value={opportunity.deadline} />
        </dd>
        <dt>{t("page.status")}</dt>
        <dd>
          {loaderData.takesNominations
            ? t("page.open")
            : opportunity.status === "closed"
              ? t("page.closed")
              : t("page.pastDeadline")}
        </dd>
        {loaderData.acceptedCount !== null && (
          <>
            <dt>{t("page.accepted")}</dt>
            <dd>{number.format(loaderData.acceptedCount)}</dd>
          </>
        )}
      </dl>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: loaderData.descriptionHtml }} />
      <h2>{t("page.eligibility")}</h2>
      <p className="pre-line">{opportunity.eligibility}</p>

      <section aria-labelledby="nominate">
        <h2 id="nominate">{t("page.nominateHeading")}</h2>
        {!loaderData.takesNominations ? (
          <p>{t("page.notTaking")}</p>
        ) : loaderData.signedIn ? (
          <>
            <p>{t("page.nominateIntro")}</p>
            <p>
              <Link className="button" to={`${path}/nominate`}>
                {t("page.nominate")}
              </Link>
            </p>
          </>
        ) : (
          <p>
            <Link to={`/sign-in?next=${encodeURIComponent(`${path}/nominate`)}`}>
              {t("page.signInToNominate")}
            </Link>
          </p>
        )}
        <p className="hint">{t("page.privacy")}</p>
      </section>

      {myNominations.length > 0 && (
        <section aria-labelledby="my-nominations">
          <h2 id="my-nominations">{t("page.mine")}</h2>
          <ul>
            {myNominations.map((n) => (
              <li key={n.id}>
                <Link to={`/opportunities/nominations/${n.id}`}>
                  <bdi>{n.nomineeName}</bdi>
                </Link>{" "}
                — {t(`nominatorView.${n.view}`)}
              </li>
            ))}
          </ul>
        </section>
      )}

      {loaderData.mayManage && (
        <section aria-labelledby="organise">
          <h2 id="organise">{t("page.organise")}</h2>
          <div className="actions">
            <Link className="button" to={`${path}/review`}>
              {t("page.review")}
            </Link>
            {opportunity.status === "open" && (
              <Link className="button button--secondary" to={`${path}/close`}>
                {t("page.close")}
              </Link>
            )}
          </div>
        </section>
      )}
    </>
  );
}
