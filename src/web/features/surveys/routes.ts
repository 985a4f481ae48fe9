import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** A round's surveys: editing (facilitators) and answering from the emailed link. */
export const surveyRoutes: RouteConfigEntry[] = [
  ...prefix("facilitate/rounds/:roundId/surveys", [
    route("", "features/surveys/facilitate/survey-list.tsx"),
    route(":surveyId", "features/surveys/facilitate/survey-edit.tsx"),
    route(":surveyId/questions/new", "features/surveys/facilitate/question-new.tsx"),
    route(":surveyId/questions/:questionId", "features/surveys/facilitate/question-edit.tsx"),
  ]),
  route("survey/:token", "features/surveys/participate/survey-answer.tsx"),
];
