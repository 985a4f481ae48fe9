/** The door's part for this feature (see ../use-cases.ts): the facilitator's day, a round's dashboard and the end of a round. */
import type { Bind } from "../use-cases.ts";
import { finishEndedRounds } from "./finish-ended-rounds.ts";
import { getFacilitatorDay } from "./get-facilitator-day.ts";
import { getRoundDashboard } from "./get-round-dashboard.ts";
import { listFacilitatorDaySection } from "./list-facilitator-day-section.ts";

export const roundLifeUseCases = (bind: Bind) => ({
  getFacilitatorDay: bind(getFacilitatorDay),
  listFacilitatorDaySection: bind(listFacilitatorDaySection),
  getRoundDashboard: bind(getRoundDashboard),
  finishEndedRounds: bind(finishEndedRounds),
});
