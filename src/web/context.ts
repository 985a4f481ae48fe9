import type { AppServices } from "../../server/services.ts";

declare module "react-router" {
  interface AppLoadContext {
    services: AppServices;
  }
}

export type { AppServices };
