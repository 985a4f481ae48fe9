import { data, type MiddlewareFunction } from "react-router";
import type { FacilitatedThing } from "../../use-cases/programmes/check-facilitation.ts";
import { loadRootData, readerFacilitates } from "./root-data.server.ts";
import { actorOf, requireViewer } from "./viewer.server.ts";

/**
 * The one authorisation of a facilitator's pages: it runs before the page's loader or
 * action (React Router middleware; layout loaders cannot do this, as they run beside the
 * page's loader and not before actions). Signed-out readers are sent to sign in; anyone who
 * may not facilitate the programme gets the 404 page. The use cases still check again, so a
 * page mounted outside its layout by mistake is no hole.
 *
 * A refusal here means no loader runs, the root's included; the refusal carries the root's
 * data so the 404 page still shows the reader's own header in their language (root-data.ts).
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
    if (checked.ok) {
      context.set(readerFacilitates, true);
      return;
    }
    const root = await loadRootData(request, context);
    if (checked.error.code === "not_found")
      throw data({ code: "not_found", root }, { status: 404 });
    if (checked.error.code === "forbidden")
      throw data({ code: "forbidden", root }, { status: 403 });
    const status = checked.error.code === "invalid" ? 400 : 409;
    throw data({ code: checked.error.code, root }, { status });
  };
}
