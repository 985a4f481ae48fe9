import { isRouteErrorResponse, useRouteError, useRouteLoaderData } from "react-router";
import type { RootData } from "./root-data.server.ts";

export type { RootData };

/**
 * The frame's data: the root loader's, or — when a middleware refused the page before any
 * loader ran (React Router then runs none, the root's included) — the copy the refusal
 * carried in its error data (facilitator-guard.server.ts). Undefined only when neither
 * exists (an error thrown before the viewer was known).
 */
export function useRootData(): RootData | undefined {
  const loaded = useRouteLoaderData<RootData>("root");
  const error = useRouteError();
  if (loaded) return loaded;
  if (isRouteErrorResponse(error) && isCarryingRootData(error.data)) return error.data.root;
  return undefined;
}

function isCarryingRootData(value: unknown): value is { root: RootData } {
  return typeof value === "object" && value !== null && "root" in value;
}
