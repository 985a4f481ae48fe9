import { prefix, route } from "@react-router/dev/routes";

export const programmeRoutes = [
  route("facilitate", "features/programmes/programmes.tsx"),
  ...prefix("facilitate/programmes", [
    route("new", "features/programmes/programme-new.tsx"),
    route(":programmeId", "features/programmes/programme.tsx"),
    route(":programmeId/rounds/new", "features/rounds/round-new.tsx"),
  ]),
];
