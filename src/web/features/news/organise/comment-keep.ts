import { redirect } from "react-router";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/comment-keep";

/** A moderator keeps a reported comment (from the moderation list): its reports are settled. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.keepNewsComment(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect("/news/moderation?done=kept");
}
