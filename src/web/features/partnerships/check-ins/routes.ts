import type { RouteConfigEntry } from "@react-router/dev/routes";

/** Check-in answers from the email link; the facilitator's follow-up list and re-matching. */
export const checkInRoutes: RouteConfigEntry[] = [];
