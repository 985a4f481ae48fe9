/** The scheduled job: windows that ended long ago are forgotten (the longest lasts 15 minutes). */
import type { UseCaseDeps } from "../ports.ts";

const KEEP_MS = 24 * 60 * 60 * 1000;

export async function pruneRateLimits(deps: Pick<UseCaseDeps, "uow" | "clock">): Promise<number> {
  const before = new Date(deps.clock.now().getTime() - KEEP_MS);
  return deps.uow.transaction((repositories) =>
    repositories.rateLimits.deleteWindowsBefore(before),
  );
}
