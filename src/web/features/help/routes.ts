import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Help and contact (issue 16, WCAG 3.2.6): linked from every page's footer, in the same place. */
export const helpRoutes: RouteConfigEntry[] = [route("help", "features/help/help-page.tsx")];
