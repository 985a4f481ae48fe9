/** The door's part for this feature (see ../use-cases.ts). Events, CPD and courses (issue 14): publishing, registration with a waitlist, reminders and calendar feeds. */
import type { Bind } from "../use-cases.ts";

export const eventUseCases = (bind: Bind) => {
  void bind;
  return {};
};
