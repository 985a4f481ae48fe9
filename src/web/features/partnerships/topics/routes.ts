import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Topic library (programme) and a round's topic schedule (facilitators). */
export const topicRoutes: RouteConfigEntry[] = [
  ...prefix("facilitate/programmes/:programmeId/topics", [
    route("", "features/partnerships/topics/library.tsx"),
    route("new", "features/partnerships/topics/topic-new.tsx"),
    route(":topicId", "features/partnerships/topics/topic-edit.tsx"),
  ]),
  route("facilitate/rounds/:roundId/topics", "features/partnerships/topics/schedule.tsx"),
];
