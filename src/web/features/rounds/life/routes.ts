import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** The facilitator's day and a round's dashboard. */
export const roundLifeRoutes: RouteConfigEntry[] = [
  ...prefix("facilitate/today", [
    route("", "features/rounds/life/today.tsx"),
    route(":section", "features/rounds/life/today-section.tsx"),
  ]),
  route("facilitate/rounds/:roundId/dashboard", "features/rounds/life/dashboard.tsx"),
];
