import { route, type RouteConfigEntry } from "@react-router/dev/routes";

/**
 * Privacy (issue 16): a person's own rights (consents on the account page, the export,
 * changing the password, deleting the account), the administrators' audit log, people
 * (ending sessions, erasing an account) and the applications due for anonymisation, and a
 * programme's retention period on its settings.
 */
export const privacyRoutes: RouteConfigEntry[] = [
  route("account/export", "features/privacy/mine/export-data.tsx"),
  route("account/password", "features/privacy/mine/change-password.tsx"),
  route("account/delete", "features/privacy/mine/delete-account.tsx"),
  route("account/deleted", "features/privacy/mine/account-deleted.tsx"),
  route("admin/audit", "features/privacy/audit-log.tsx"),
  route("admin/people", "features/privacy/admin/people.tsx"),
  route("admin/people/:userId", "features/privacy/admin/person.tsx"),
  route("admin/people/:userId/sessions", "features/privacy/admin/end-sessions.tsx"),
  route("admin/people/:userId/erase", "features/privacy/admin/erase-person.tsx"),
  route("admin/retention", "features/privacy/admin/retention.tsx"),
  route("facilitate/programmes/:programmeId/retention", "features/privacy/programme-retention.tsx"),
];
