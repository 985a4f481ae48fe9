import type { RouteConfigEntry } from "@react-router/dev/routes";

/** Topic library (programme) and a round's topic schedule (facilitators). */
export const topicRoutes: RouteConfigEntry[] = [];
