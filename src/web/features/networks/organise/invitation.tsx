import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/invitation";

/** An invitation to organise a network, opened from its email; only its button accepts. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findOrganiserInvitation(actorOf(viewer), {
    invitationId: params.invitationId,
  });
  if (!result.ok) throwUseCaseError(result.error);
  return { ...result.value, viewerEmail: viewer.email };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.acceptOrganiserInvitation(actorOf(viewer), {
    invitationId: params.invitationId,
  });
  if (!result.ok) {
    if (result.error.code === "conflict") return { refused: true };
    throwUseCaseError(result.error);
  }
  return redirect(`/networks/${result.value.slug}/organise?done=accepted`);
}

export default function OrganiserInvitation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const { state } = loaderData;
  // Refused in place of the form: focus goes to why, as the pressed button is gone.
  const refusedRef = useFocusOnShow<HTMLParagraphElement>(actionData?.refused);
  return (
    <>
      <title>{t("invitation.title", { network: loaderData.networkName })}</title>
      <h1>{t("invitation.title", { network: loaderData.networkName })}</h1>
      {state === "accept" && !actionData?.refused && (
        <Form method="post">
          <p>{t("invitation.intro", { network: loaderData.networkName })}</p>
          <button type="submit" className="button">
            {t("invitation.accept")}
          </button>
        </Form>
      )}
      {(state === "wrong_account" || actionData?.refused) && (
        <p className="notice" role="status" tabIndex={-1} ref={refusedRef}>
          {t("invitation.wrongAccount", {
            email: loaderData.email,
            viewer: loaderData.viewerEmail,
          })}
        </p>
      )}
      {state === "done" && (
        <p className="notice notice--ok" role="status">
          {t("invitation.done")}{" "}
          <Link to={`/networks/${loaderData.networkSlug}/organise`}>
            {t("invitation.organise")}
          </Link>
        </p>
      )}
    </>
  );
}
