import { prefix, route } from "@react-router/dev/routes";

export const matchingRoutes = [
  // A published round's partnerships: the list and its CSV.
  route("facilitate/rounds/:roundId/partnerships", "features/matching/partnerships.tsx"),
  route("facilitate/rounds/:roundId/partnerships.csv", "features/matching/partnerships-csv.tsx"),
  ...prefix("facilitate/rounds/:roundId/matching", [
    route("", "features/matching/overview.tsx"),
    route("compare", "features/matching/compare.tsx"),
    route("blocks", "features/matching/blocks.tsx"),
    ...prefix("runs/:runId", [
      route("", "features/matching/result.tsx"),
      route("progress", "features/matching/progress.tsx"),
      route("swap", "features/matching/swap.tsx"),
      route("people/:applicationId", "features/matching/person.tsx"),
      route("publish", "features/matching/publish.tsx"),
    ]),
  ]),
];
