import type { RouteConfigEntry } from "@react-router/dev/routes";

/** The facilitator's day and a round's dashboard. */
export const roundLifeRoutes: RouteConfigEntry[] = [];
