/** A facilitator changes the guide's title or summary (shown at once if it is published). */
import { parseGuideInput, type GuideValues } from "../../domain/guides/guide-input.ts";
import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import { findGuideAccess } from "./guide-access.ts";

export async function updateGuideDetails(
  deps: Pick<UseCaseDeps, "uow" | "clock">,
  actor: Actor,
  input: { slug: string; values: GuideValues },
): Promise<Result<null>> {
  const access = await findGuideAccess(deps.uow.read, actor, input.slug);
  if (!access || access.role !== "facilitator") return fail({ code: "not_found" });
  const parsed = parseGuideInput(input.values);
  if (!parsed.ok) return fail({ code: "invalid", fieldErrors: parsed.fieldErrors });
  await deps.uow.transaction((repositories) =>
    repositories.guides.updateDetails(access.guide.id, parsed.value, deps.clock.now()),
  );
  return ok(null);
}
