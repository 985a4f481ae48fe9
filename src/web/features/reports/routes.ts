import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/** The round report, its exports, planning the next round, and the public summary. */
export const reportRoutes: RouteConfigEntry[] = [
  route("facilitate/rounds/:roundId/report", "features/reports/report.tsx"),
  route("facilitate/rounds/:roundId/report.json", "features/reports/report-json.ts"),
  // :table is "<name>.csv" (a segment cannot have a fixed ending); the loader checks it.
  route("facilitate/rounds/:roundId/report/:table", "features/reports/report-csv.ts"),
  route("facilitate/rounds/:roundId/plan", "features/reports/plan-next-round.tsx"),
  route(
    "facilitate/rounds/:roundId/summary-preview",
    "features/reports/public-summary-preview.tsx",
  ),
  route("p/:programmeSlug/:roundSlug/summary", "features/reports/public-summary.tsx"),
];
