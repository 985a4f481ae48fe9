import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/**
 * Opportunities, nominations and mentoring offers (issue 15; decision 0019): the listing,
 * posting (organisers of a network, facilitators of a programme), each opportunity's page,
 * nominating, the nominee's answer (from the emailed link, or signed in), the organisers'
 * review and closing, a member's nominations, and mentoring offers after an outcome.
 */
export const opportunityRoutes: RouteConfigEntry[] = [
  ...prefix("opportunities", [
    route("", "features/opportunities/listing/opportunity-listing.tsx"),
    route("new", "features/opportunities/organise/opportunity-new.tsx"),
    route("mine", "features/opportunities/mine/nominations-of-me.tsx"),
    route("mine/sent", "features/opportunities/mine/my-nominations.tsx"),
    // Opened from the nominee's email, without signing in: the secret is the key.
    route("answer/:token", "features/opportunities/nominee/answer-link.tsx"),
    route("nominations/:nominationId", "features/opportunities/nominee/nomination-page.tsx"),
    route(
      "nominations/:nominationId/mentor",
      "features/opportunities/mentoring/mentoring-offer-new.tsx",
    ),
    route("offers/:offerId", "features/opportunities/mentoring/mentoring-offer-page.tsx"),
    route(":opportunityId", "features/opportunities/opportunity-page.tsx"),
    route(":opportunityId/nominate", "features/opportunities/nominate/nominate.tsx"),
    route(":opportunityId/review", "features/opportunities/organise/review.tsx"),
    route(":opportunityId/close", "features/opportunities/organise/opportunity-close.tsx"),
  ]),
];
