import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/**
 * News (issue 14): posts, comments and their moderation, RSS and Atom feeds, following a
 * network. A path segment cannot be half parameter ("feed.:format"), so each feed format has
 * its own route on the same module, which reads the format from the address.
 */
export const newsRoutes: RouteConfigEntry[] = [
  ...prefix("news", [
    route("", "features/news/news-list.tsx"),
    route("new", "features/news/organise/news-new.tsx"),
    route("moderation", "features/news/organise/news-moderation.tsx"),
    route("feed.rss", "features/news/feeds/news-feed.ts", { id: "news-feed-site-rss" }),
    route("feed.atom", "features/news/feeds/news-feed.ts", { id: "news-feed-site-atom" }),
    route("comments/:commentId/report", "features/news/comments/comment-report.tsx"),
    route("comments/:commentId/hide", "features/news/organise/comment-hide.tsx"),
    route("comments/:commentId/keep", "features/news/organise/comment-keep.ts"),
    route(":slug", "features/news/news-post.tsx"),
    route(":slug/edit", "features/news/organise/news-edit.tsx"),
    route(":slug/delete", "features/news/organise/news-delete.tsx"),
  ]),
  route("networks/:slug/news.rss", "features/news/feeds/news-feed.ts", {
    id: "news-feed-network-rss",
  }),
  route("networks/:slug/news.atom", "features/news/feeds/news-feed.ts", {
    id: "news-feed-network-atom",
  }),
  route("programmes/:slug/news.rss", "features/news/feeds/news-feed.ts", {
    id: "news-feed-programme-rss",
  }),
  route("programmes/:slug/news.atom", "features/news/feeds/news-feed.ts", {
    id: "news-feed-programme-atom",
  }),
  route("networks/:slug/follow", "features/news/follow/network-follow.ts"),
];
