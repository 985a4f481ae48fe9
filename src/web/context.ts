import { RouterContextProvider } from "react-router";
import type { AppServices } from "../../server/services.ts";

declare module "react-router" {
  // Route middleware is on, so each request's context is a RouterContextProvider; the app's
  // services ride on it as a plain property, built once per request by createAppContext.
  interface RouterContextProvider {
    services: AppServices;
  }
}

/** What loaders, actions and middleware receive as `context`. */
export type AppContext = Readonly<RouterContextProvider>;

/** A request's context: the app's services, plus whatever middleware sets on it. */
export function createAppContext(services: AppServices): RouterContextProvider {
  return Object.assign(new RouterContextProvider(), { services });
}

export type { AppServices };
