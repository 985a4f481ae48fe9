/** The door's part for this feature (see ../use-cases.ts): a round's group sessions, participants' answers and reminders. */
import type { Bind } from "../use-cases.ts";

export const sessionUseCases = (_bind: Bind) => ({});
