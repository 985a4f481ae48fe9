import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** One-click unsubscribe (RFC 8058) and its confirmation page. */
export const unsubscribeRoutes: RouteConfigEntry[] = [
  route("unsubscribe/:token", "features/mail/unsubscribe/unsubscribe.tsx"),
];
