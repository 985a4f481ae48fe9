/** The door's part for this feature (see ../use-cases.ts): the round report, its public summary and planning the next round. */
import type { Bind } from "../use-cases.ts";
import { findPublicRoundSummary } from "./find-public-round-summary.ts";
import { getNextRoundPlan } from "./get-next-round-plan.ts";
import { getRoundReport } from "./get-round-report.ts";
import { previewRoundSummary } from "./preview-round-summary.ts";
import { publishRoundSummary } from "./publish-round-summary.ts";
import { unpublishRoundSummary } from "./unpublish-round-summary.ts";

export const reportUseCases = (bind: Bind) => ({
  getRoundReport: bind(getRoundReport),
  publishRoundSummary: bind(publishRoundSummary),
  unpublishRoundSummary: bind(unpublishRoundSummary),
  findPublicRoundSummary: bind(findPublicRoundSummary),
  previewRoundSummary: bind(previewRoundSummary),
  getNextRoundPlan: bind(getNextRoundPlan),
});
