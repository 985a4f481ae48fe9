import { redirect } from "react-router";
import { actorOf, findViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/signed-in";

/** Where signing in leads when no other page was asked for: a facilitator to their work. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  if (!viewer) return redirect("/sign-in");
  const { facilitates } = await context.services.useCases.findMyRoles(actorOf(viewer));
  return redirect(facilitates ? "/facilitate" : "/");
}
