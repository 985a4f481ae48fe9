/** The door's part for this feature (see ../use-cases.ts): the facilitator's day, a round's dashboard and the end of a round. */
import type { Bind } from "../use-cases.ts";

export const roundLifeUseCases = (_bind: Bind) => ({});
