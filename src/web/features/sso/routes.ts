import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/**
 * Single sign-on (issue 16): the sign-in page's "Sign in with …" form posts here (it starts
 * the flow and sends the browser to the provider); administrators set the provider.
 */
export const ssoRoutes: RouteConfigEntry[] = [
  route("sign-in/sso", "features/sso/sign-in-sso.tsx"),
  route("admin/sso", "features/sso/admin-sso.tsx"),
];
