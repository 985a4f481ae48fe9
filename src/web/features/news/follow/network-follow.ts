import { redirect } from "react-router";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { safeReturnPath } from "../../../shared/safe-return-path.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/network-follow";

/** POST /networks/:slug/follow (the FollowButton): follow=1 follows, follow=0 stops. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const result = await context.services.useCases.setNetworkFollow(actorOf(viewer), {
    networkSlug: params.slug,
    follow: formText(form, "follow") === "1",
  });
  if (!result.ok) throwUseCaseError(result.error);
  const back = safeReturnPath(formText(form, "returnTo") || `/networks/${params.slug}`);
  const url = new URL(back, "http://x");
  url.searchParams.set("followed", result.value.following ? "1" : "0");
  return redirect(`${url.pathname}${url.search}`);
}
