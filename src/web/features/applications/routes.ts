import { prefix, route } from "@react-router/dev/routes";

export const applicationRoutes = [
  // Applying (public; the manage link is a bearer secret emailed to the applicant)
  ...prefix("p/:programmeSlug/:roundSlug", [
    route("", "features/applications/apply/round-page.tsx"),
    route("apply", "features/applications/apply/apply-form.tsx"),
  ]),
  route("applications/manage/:token", "features/applications/apply/manage-application.tsx"),
  // Reviewing a round's applicants (its facilitators)
  ...prefix("facilitate/rounds/:roundId", [
    route("applicants", "features/applications/review/list.tsx"),
    route("applicants.csv", "features/applications/review/export-csv.tsx"),
    route("applicants/:applicationId", "features/applications/review/detail.tsx"),
    route("import", "features/applications/import/import.tsx"),
    route("import/:jobId", "features/applications/import/import-progress.tsx"),
  ]),
];
