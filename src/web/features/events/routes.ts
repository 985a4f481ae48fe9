import type { RouteConfigEntry } from "@react-router/dev/routes";

/** Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
export const eventRoutes: RouteConfigEntry[] = [];
