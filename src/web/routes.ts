import { layout, route, type RouteConfig, type RouteConfigEntry } from "@react-router/dev/routes";
import { accountRoutes } from "./features/accounts/routes.ts";
import { applicationRoutes } from "./features/applications/routes.ts";
import { mailRoutes } from "./features/mail/routes.ts";
import { matchingRoutes } from "./features/matching/routes.ts";
import { programmeRoutes } from "./features/programmes/routes.ts";
import { roundRoutes } from "./features/rounds/routes.ts";
import { topicRoutes } from "./features/partnerships/topics/routes.ts";
import { partnershipPageRoutes } from "./features/partnerships/page/routes.ts";
import { checkInRoutes } from "./features/partnerships/check-ins/routes.ts";
import { sessionRoutes } from "./features/sessions/routes.ts";
import { roundLifeRoutes } from "./features/rounds/life/routes.ts";
import { unsubscribeRoutes } from "./features/mail/unsubscribe/routes.ts";
import { surveyRoutes } from "./features/surveys/routes.ts";
import { reportRoutes } from "./features/reports/routes.ts";
import { networkRoutes } from "./features/networks/routes.ts";
import { eventRoutes } from "./features/events/routes.ts";
import { newsRoutes } from "./features/news/routes.ts";
import { privacyRoutes } from "./features/privacy/routes.ts";
import { guideRoutes } from "./features/guides/routes.ts";
import { opportunityRoutes } from "./features/opportunities/routes.ts";
import { spotlightRoutes } from "./features/spotlights/routes.ts";
import { profileRoutes } from "./features/profiles/routes.ts";
import { ssoRoutes } from "./features/sso/routes.ts";
import { helpRoutes } from "./features/help/routes.ts";

// Each feature mounts its own pages (src/web/features/<feature>/routes.ts); paths are
// relative to src/web.
const featureRoutes: RouteConfigEntry[] = [
  ...roundRoutes,
  ...accountRoutes,
  ...programmeRoutes,
  ...applicationRoutes,
  ...matchingRoutes,
  ...mailRoutes,
  ...topicRoutes,
  ...partnershipPageRoutes,
  ...checkInRoutes,
  ...sessionRoutes,
  ...roundLifeRoutes,
  ...unsubscribeRoutes,
  ...surveyRoutes,
  ...reportRoutes,
  ...networkRoutes,
  ...eventRoutes,
  ...newsRoutes,
  ...privacyRoutes,
  ...guideRoutes,
  ...opportunityRoutes,
  ...spotlightRoutes,
  ...profileRoutes,
  ...ssoRoutes,
  ...helpRoutes,
];

// A facilitator's pages are put under the layout that guards them by their address, whatever
// feature they belong to, so a new page cannot be left out of the guard by forgetting it.
const underRound = (entry: RouteConfigEntry) =>
  entry.path?.startsWith("facilitate/rounds/:roundId") ?? false;
const underProgramme = (entry: RouteConfigEntry) =>
  entry.path?.startsWith("facilitate/programmes/:programmeId") ?? false;

export default [
  layout("shared/facilitated-round-layout.tsx", featureRoutes.filter(underRound)),
  layout("shared/facilitated-programme-layout.tsx", featureRoutes.filter(underProgramme)),
  ...featureRoutes.filter((entry) => !underRound(entry) && !underProgramme(entry)),
  route("*", "shared/not-found.tsx"),
] satisfies RouteConfig;
