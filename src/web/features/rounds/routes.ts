import { index, prefix, route } from "@react-router/dev/routes";

export const roundRoutes = [
  index("features/rounds/home.tsx"),
  ...prefix("facilitate/rounds/:roundId", [
    route("", "features/rounds/round.tsx"),
    route("edit", "features/rounds/round-edit.tsx"),
  ]),
];
