import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/session-cancel";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getGroupSessionForFacilitator(
    actorOf(viewer),
    params,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, session } = result.value;
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    session: {
      title: session.title,
      startsAt: session.startsAt,
      cancelled: session.status === "cancelled",
    },
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.cancelGroupSession(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`/facilitate/rounds/${params.roundId}/sessions?done=cancelled`);
}

/** The confirmation step before a session is cancelled for everyone. */
export default function SessionCancel({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("sessions");
  const { round, session } = loaderData;
  const listPath = `/facilitate/rounds/${round.id}/sessions`;
  return (
    <>
      <title>{`${t("cancel.title", { title: session.title })} — ${round.name}`}</title>
      <RoundBreadcrumb
        programme={loaderData.programme}
        round={round}
        section={{ path: "sessions", label: t("sessions:list.title") }}
      />
      <h1>{t("cancel.title", { title: session.title })}</h1>
      {session.cancelled ? (
        <p className="notice">{t("cancel.already")}</p>
      ) : (
        <>
          <p>
            <DateTime value={session.startsAt} />
          </p>
          <p className="notice notice--warn">{t("cancel.warning")}</p>
          <Form method="post" className="actions">
            <button type="submit" className="button button--danger">
              {t("cancel.confirm")}
            </button>
            <Link className="button button--secondary" to={listPath}>
              {t("cancel.keep")}
            </Link>
          </Form>
        </>
      )}
    </>
  );
}
