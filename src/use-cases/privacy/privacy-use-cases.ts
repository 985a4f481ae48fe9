/** The door's part for this feature (see ../use-cases.ts): privacy (issue 16). */
import type { Bind } from "../use-cases.ts";
import {
  anonymiseExpiredApplications,
  getApplicationRetention,
  listUpcomingAnonymisations,
  setApplicationRetention,
} from "./application-retention.ts";
import { eraseAccountAsAdministrator, eraseMyAccount } from "./erase-account.ts";
import { exportMyData } from "./export-my-data.ts";
import { listAuditLog } from "./list-audit-log.ts";
import { listMyConsents, recordSignUpConsent } from "./my-consents.ts";
import {
  endSessionsAsAdministrator,
  findPersonForAdministrator,
  listPeopleForAdministrator,
} from "./people.ts";
import { pruneAuditLog } from "./prune-audit-log.ts";

export const privacyUseCases = (bind: Bind) => ({
  // a person's own rights
  listMyConsents: bind(listMyConsents),
  exportMyData: bind(exportMyData),
  eraseMyAccount: bind(eraseMyAccount),
  // the auth hook (sign-up)
  recordSignUpConsent: bind(recordSignUpConsent),
  // facilitators (a programme's settings)
  getApplicationRetention: bind(getApplicationRetention),
  setApplicationRetention: bind(setApplicationRetention),
  // administrators' pages
  listAuditLog: bind(listAuditLog),
  listUpcomingAnonymisations: bind(listUpcomingAnonymisations),
  listPeopleForAdministrator: bind(listPeopleForAdministrator),
  findPersonForAdministrator: bind(findPersonForAdministrator),
  endSessionsAsAdministrator: bind(endSessionsAsAdministrator),
  eraseAccountAsAdministrator: bind(eraseAccountAsAdministrator),
  // the scheduled jobs
  pruneAuditLog: bind(pruneAuditLog),
  anonymiseExpiredApplications: bind(anonymiseExpiredApplications),
});
