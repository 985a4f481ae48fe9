import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Member profiles (issue 15): the directory (members only), a profile, editing one's own. */
export const profileRoutes: RouteConfigEntry[] = [
  route("members", "features/profiles/member-directory.tsx"),
  route("members/:userId", "features/profiles/member-profile.tsx"),
  route("account/profile", "features/profiles/profile-edit.tsx"),
];
