/** The door's part for this feature (see ../use-cases.ts): fortnightly check-ins, nudges, the follow-up list, dissolving and re-matching a partnership. */
import type { Bind } from "../use-cases.ts";
import { answerCheckIn } from "./answer-check-in.ts";
import { dissolvePartnership } from "./dissolve-partnership.ts";
import { findCheckIn } from "./find-check-in.ts";
import { findPartnershipToFollowUp } from "./find-partnership-to-follow-up.ts";
import { followUpPartnerships } from "./follow-up-partnerships.ts";
import { listFollowUps } from "./list-follow-ups.ts";
import { listWaitingForPartner } from "./list-waiting-for-partner.ts";
import { proposeNewPartners } from "./propose-new-partners.ts";
import { rematchPartner } from "./rematch-partner.ts";
import { resolveFollowUp } from "./resolve-follow-up.ts";
import { sendDueCheckIns } from "./send-due-check-ins.ts";
import { writeToPartnership } from "./write-to-partnership.ts";

export const checkInUseCases = (bind: Bind) => ({
  sendDueCheckIns: bind(sendDueCheckIns),
  followUpPartnerships: bind(followUpPartnerships),
  findCheckIn: bind(findCheckIn),
  answerCheckIn: bind(answerCheckIn),
  listFollowUps: bind(listFollowUps),
  writeToPartnership: bind(writeToPartnership),
  resolveFollowUp: bind(resolveFollowUp),
  findPartnershipToFollowUp: bind(findPartnershipToFollowUp),
  dissolvePartnership: bind(dissolvePartnership),
  listWaitingForPartner: bind(listWaitingForPartner),
  proposeNewPartners: bind(proposeNewPartners),
  rematchPartner: bind(rematchPartner),
});
