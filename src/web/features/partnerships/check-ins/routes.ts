import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Check-in answers from the email link; the facilitator's follow-up list and re-matching. */
export const checkInRoutes: RouteConfigEntry[] = [
  route("check-in/:token", "features/partnerships/check-ins/check-in.tsx"),
  ...prefix("facilitate/rounds/:roundId/follow-up", [
    route("", "features/partnerships/check-ins/follow-up-list.tsx"),
    route(":partnershipId/dissolve", "features/partnerships/check-ins/dissolve.tsx"),
    route("rematch", "features/partnerships/check-ins/waiting-list.tsx"),
    route("rematch/:applicationId", "features/partnerships/check-ins/rematch.tsx"),
  ]),
];
