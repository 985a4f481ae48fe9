/** The door's part for this feature (see ../use-cases.ts): a participant's partnership page: partners, the agreement confirmations, the meeting log. */
import type { Bind } from "../use-cases.ts";
import { changeMeeting } from "./change-meeting.ts";
import { confirmAgreement } from "./confirm-agreement.ts";
import { deleteMeeting } from "./delete-meeting.ts";
import { findMeeting } from "./find-meeting.ts";
import { findPartnershipPage } from "./find-partnership-page.ts";
import { logMeeting } from "./log-meeting.ts";

export const partnershipPageUseCases = (bind: Bind) => ({
  findPartnershipPage: bind(findPartnershipPage),
  confirmAgreement: bind(confirmAgreement),
  logMeeting: bind(logMeeting),
  findMeeting: bind(findMeeting),
  changeMeeting: bind(changeMeeting),
  deleteMeeting: bind(deleteMeeting),
});
