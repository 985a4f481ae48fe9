import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useNavigation } from "react-router";
import { formatList } from "../../../../i18n/format-weekly-hours.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/dissolve";

/** Asks before dissolving: the page itself changes nothing. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findPartnershipToFollowUp(actorOf(viewer), {
    roundId: params.roundId,
    partnershipId: params.partnershipId,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, partnership } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    active: partnership.status === "active",
    names: partnership.members.filter((m) => m.leftAt === null).map((m) => m.name),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.dissolvePartnership(actorOf(viewer), {
    roundId: params.roundId,
    partnershipId: params.partnershipId,
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { error: "not_active" as const };
    throwUseCaseError(result.error);
  }
  const freed = result.value.freed.join(",");
  return redirect(`/facilitate/rounds/${params.roundId}/follow-up/rematch?dissolved=${freed}`);
}

export default function Dissolve({ loaderData, actionData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("checkins");
  const busy = useNavigation().state === "submitting";
  const { round } = loaderData;
  const names = formatList(loaderData.names, i18n.language);
  const back = `/facilitate/rounds/${round.id}/follow-up`;
  return (
    <div className="narrow">
      <title>{`${t("dissolve.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("dissolve.heading", { names })}</h1>
      {!loaderData.active || actionData?.error ? (
        <p className="notice notice--warn" role="alert">
          {t("followUp.errors.not_active")} <Link to={back}>{t("dissolve.cancel")}</Link>
        </p>
      ) : (
        <>
          <p>{t("dissolve.body")}</p>
          <Form method="post" className="actions">
            <button type="submit" className="button button--danger" disabled={busy}>
              {t("dissolve.confirm")}
            </button>
            <Link className="button button--secondary" to={back}>
              {t("dissolve.cancel")}
            </Link>
          </Form>
        </>
      )}
    </div>
  );
}
