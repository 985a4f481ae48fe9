import { checkInEmail } from "./check-in.ts";
import { facilitatorMessage } from "./facilitator-message.ts";
import { partnershipNudge } from "./partnership-nudge.ts";

/** The check-in feature's templates, spread into render-email.ts's registry. */
export const checkInTemplates = {
  "check-in": checkInEmail,
  "partnership-nudge": partnershipNudge,
  "facilitator-message": facilitatorMessage,
};
