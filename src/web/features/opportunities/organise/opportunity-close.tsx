import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { notFound, throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/opportunity-close";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getOpportunityPage(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  if (!result.value.mayManage) notFound();
  const { opportunity } = result.value;
  return {
    opportunity: {
      id: opportunity.id,
      title: opportunity.title,
      deadline: opportunity.deadline,
      closed: opportunity.status === "closed",
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.closeOpportunity(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`/opportunities/${params.opportunityId}?done=closed`);
}

/** The confirmation step before an opportunity stops taking nominations. */
export default function OpportunityClose({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("opportunities");
  const { opportunity } = loaderData;
  return (
    <>
      <title>{t("close.title", { title: opportunity.title })}</title>
      <h1>{t("close.title", { title: opportunity.title })}</h1>
      {opportunity.closed ? (
        <p className="notice">{t("close.already")}</p>
      ) : (
        <>
          <p>
            {t("summary.deadline")} <DateTime value={opportunity.deadline} />
          </p>
          <p className="notice notice--warn">{t("close.warning")}</p>
          <Form method="post" className="actions">
            <button type="submit" className="button button--danger">
              {t("close.confirm")}
            </button>
            <Link className="button button--secondary" to={`/opportunities/${opportunity.id}`}>
              {t("close.keep")}
            </Link>
          </Form>
        </>
      )}
    </>
  );
}
