/** The door's part for this feature (see ../use-cases.ts): a participant's partnership page: partners, the agreement confirmations, the meeting log. */
import type { Bind } from "../use-cases.ts";

export const partnershipPageUseCases = (_bind: Bind) => ({});
