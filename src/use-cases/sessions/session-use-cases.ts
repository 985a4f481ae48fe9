/** The door's part for this feature (see ../use-cases.ts): a round's group sessions, participants' answers and reminders. */
import type { Bind } from "../use-cases.ts";
import { answerSessionRsvp } from "./answer-session-rsvp.ts";
import { cancelGroupSession } from "./cancel-group-session.ts";
import { editGroupSession } from "./edit-group-session.ts";
import { getGroupSessionForFacilitator } from "./find-facilitated-session.ts";
import { getRoundCalendar } from "./get-round-calendar.ts";
import { listMyRoundSessions } from "./list-my-round-sessions.ts";
import { listRoundSessions } from "./list-round-sessions.ts";
import { remindGroupSessions } from "./remind-group-sessions.ts";
import { scheduleGroupSession } from "./schedule-group-session.ts";

export const sessionUseCases = (bind: Bind) => ({
  // facilitators
  listRoundSessions: bind(listRoundSessions),
  getGroupSessionForFacilitator: bind(getGroupSessionForFacilitator),
  scheduleGroupSession: bind(scheduleGroupSession),
  editGroupSession: bind(editGroupSession),
  cancelGroupSession: bind(cancelGroupSession),
  // participants
  listMyRoundSessions: bind(listMyRoundSessions),
  answerSessionRsvp: bind(answerSessionRsvp),
  // calendar apps (a signed link, no account)
  getRoundCalendar: bind(getRoundCalendar),
  // the scheduled job "sessions.remind"
  remindGroupSessions: bind(remindGroupSessions),
});
