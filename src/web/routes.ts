import { index, route, type RouteConfig } from "@react-router/dev/routes";

export default [
  index("routes/home.tsx"),
  route("set-language", "routes/set-language.tsx"),
  // Accounts
  route("sign-in", "routes/auth/sign-in.tsx"),
  route("sign-up", "routes/auth/sign-up.tsx"),
  route("sign-out", "routes/auth/sign-out.tsx"),
  route("forgot-password", "routes/auth/forgot-password.tsx"),
  route("reset-password", "routes/auth/reset-password.tsx"),
  route("account", "routes/account.tsx"),
  // Facilitators
  route("facilitate", "routes/facilitate/index.tsx"),
  route("facilitate/programmes/new", "routes/facilitate/programme-new.tsx"),
  route("facilitate/programmes/:programmeId", "routes/facilitate/programme.tsx"),
  route("facilitate/programmes/:programmeId/rounds/new", "routes/facilitate/round-new.tsx"),
  route("facilitate/rounds/:roundId", "routes/facilitate/round.tsx"),
  route("facilitate/rounds/:roundId/edit", "routes/facilitate/round-edit.tsx"),
  route("facilitate/rounds/:roundId/applicants", "routes/facilitate/applicants/list.tsx"),
  route("facilitate/rounds/:roundId/applicants.csv", "routes/facilitate/applicants/export-csv.tsx"),
  route(
    "facilitate/rounds/:roundId/applicants/:applicationId",
    "routes/facilitate/applicants/detail.tsx",
  ),
  route("facilitate/rounds/:roundId/import", "routes/facilitate/applicants/import.tsx"),
  route(
    "facilitate/rounds/:roundId/import/:jobId",
    "routes/facilitate/applicants/import-progress.tsx",
  ),
  // Matching a round
  route("facilitate/rounds/:roundId/matching", "routes/facilitate/matching/overview.tsx"),
  route("facilitate/rounds/:roundId/matching/compare", "routes/facilitate/matching/compare.tsx"),
  route("facilitate/rounds/:roundId/matching/blocks", "routes/facilitate/matching/blocks.tsx"),
  route("facilitate/rounds/:roundId/matching/runs/:runId", "routes/facilitate/matching/result.tsx"),
  route(
    "facilitate/rounds/:roundId/matching/runs/:runId/progress",
    "routes/facilitate/matching/progress.tsx",
  ),
  route(
    "facilitate/rounds/:roundId/matching/runs/:runId/swap",
    "routes/facilitate/matching/swap.tsx",
  ),
  route(
    "facilitate/rounds/:roundId/matching/runs/:runId/people/:applicationId",
    "routes/facilitate/matching/person.tsx",
  ),
  route(
    "facilitate/rounds/:roundId/matching/runs/:runId/publish",
    "routes/facilitate/matching/publish.tsx",
  ),
  // Applying (public; the manage link is a bearer secret emailed to the applicant)
  route("p/:programmeSlug/:roundSlug", "routes/apply/round-page.tsx"),
  route("p/:programmeSlug/:roundSlug/apply", "routes/apply/apply-form.tsx"),
  route("applications/manage/:token", "routes/apply/manage-application.tsx"),
  // Development mail page (embedded mode, administrators)
  route("dev/mail", "routes/dev/mail-list.tsx"),
  route("dev/mail/:emailId", "routes/dev/mail-message.tsx"),
] satisfies RouteConfig;
