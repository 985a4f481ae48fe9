/** The door's part for this feature (see ../use-cases.ts): fortnightly check-ins, nudges, the follow-up list, dissolving and re-matching a partnership. */
import type { Bind } from "../use-cases.ts";

export const checkInUseCases = (_bind: Bind) => ({});
