/** The door's part for this feature (see ../use-cases.ts). Spotlights (issue 15; decision 0018). */
import type { Bind } from "../use-cases.ts";
import { answerSpotlight } from "./answer-spotlight.ts";
import { answerSpotlightByLink, findSpotlightByAnswerLink } from "./answer-spotlight-by-link.ts";
import { deleteSpotlight } from "./delete-spotlight.ts";
import { findSpotlightSubject } from "./find-spotlight-subject.ts";
import { getSpotlight } from "./get-spotlight.ts";
import { getSpotlightFeed } from "./get-spotlight-feed.ts";
import { listMySpotlights } from "./list-my-spotlights.ts";
import { listNetworkSpotlights, listSpotlights } from "./list-spotlights.ts";
import { thankSpotlight } from "./thank-spotlight.ts";
import { writeSpotlight } from "./write-spotlight.ts";

export const spotlightUseCases = (bind: Bind) => ({
  // everyone
  listSpotlights: bind(listSpotlights),
  listNetworkSpotlights: bind(listNetworkSpotlights),
  getSpotlight: bind(getSpotlight),
  getSpotlightFeed: bind(getSpotlightFeed),
  // the colleague's emailed link, without signing in
  findSpotlightByAnswerLink: bind(findSpotlightByAnswerLink),
  answerSpotlightByLink: bind(answerSpotlightByLink),
  // members
  findSpotlightSubject: bind(findSpotlightSubject),
  writeSpotlight: bind(writeSpotlight),
  answerSpotlight: bind(answerSpotlight),
  deleteSpotlight: bind(deleteSpotlight),
  thankSpotlight: bind(thankSpotlight),
  listMySpotlights: bind(listMySpotlights),
});
