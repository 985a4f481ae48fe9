import type { MiddlewareFunction } from "react-router";
import type { FacilitatedThing } from "../../use-cases/programmes/check-facilitation.ts";
import { throwUseCaseError } from "./http-errors.ts";
import { actorOf, requireViewer } from "./viewer.server.ts";

/**
 * The one authorisation of a facilitator's pages: it runs before the page's loader or
 * action (React Router middleware; layout loaders cannot do this, as they run beside the
 * page's loader and not before actions). Signed-out readers are sent to sign in; anyone who
 * may not facilitate the programme gets the 404 page. The use cases still check again, so a
 * page mounted outside its layout by mistake is no hole.
 */
export function facilitatorGuard(
  thingOf: (params: Record<string, string | undefined>) => FacilitatedThing,
): MiddlewareFunction<Response> {
  return async ({ request, context, params }) => {
    const viewer = await requireViewer(request, context);
    const checked = await context.services.useCases.checkFacilitation(
      actorOf(viewer),
      thingOf(params),
    );
    if (!checked.ok) throwUseCaseError(checked.error);
  };
}
