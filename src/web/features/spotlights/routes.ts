import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** Spotlights (issue 15; decision 0018): the public listing and feeds, writing, answering, thanking. */
export const spotlightRoutes: RouteConfigEntry[] = [
  ...prefix("spotlights", [
    route("", "features/spotlights/spotlight-list.tsx"),
    route("new", "features/spotlights/spotlight-new.tsx"),
    route("mine", "features/spotlights/my-spotlights.tsx"),
    route("feed.rss", "features/spotlights/feeds/spotlight-feed.ts", { id: "spotlight-feed-rss" }),
    route("feed.atom", "features/spotlights/feeds/spotlight-feed.ts", {
      id: "spotlight-feed-atom",
    }),
    // Opened from the colleague's email, without signing in.
    route("answer/:token", "features/spotlights/spotlight-answer-link.tsx"),
    route(":id", "features/spotlights/spotlight-page.tsx"),
  ]),
];
