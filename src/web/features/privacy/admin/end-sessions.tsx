import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/end-sessions";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findPersonForAdministrator(
    actorOf(viewer),
    params.userId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  return { person: result.value };
}

/** An administrator ends every session of a person, after this page's confirmation. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.endSessionsAsAdministrator(actorOf(viewer), {
    userId: params.userId,
  });
  if (!result.ok) throwUseCaseError(result.error);
  // An administrator who ended their own sessions is signed out too, and asked to sign in.
  return redirect(`/admin/people/${params.userId}?ended=${result.value.ended}`);
}

export default function EndSessions({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const busy = useNavigation().state === "submitting";
  const { person } = loaderData;
  const name = person.name.trim() || person.email;
  return (
    <div className="narrow">
      <title>{t("endSessions.title", { name })}</title>
      <h1>{t("endSessions.title", { name })}</h1>
      <p>{t("endSessions.body")}</p>
      <p>{t("people.sessions", { count: person.sessions })}</p>
      <Form method="post">
        <button type="submit" className="button button--danger" disabled={busy}>
          {t("endSessions.button")}
        </button>{" "}
        <Link to={`/admin/people/${person.id}`}>{t("erase.adminCancel")}</Link>
      </Form>
    </div>
  );
}
