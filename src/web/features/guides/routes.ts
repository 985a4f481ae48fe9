import { prefix, route, type RouteConfigEntry } from "@react-router/dev/routes";

/** The co-written guide and open data (issue 15). */
export const guideRoutes: RouteConfigEntry[] = [
  // Under the facilitated-round guard (src/web/routes.ts puts it there by its address).
  route("facilitate/rounds/:roundId/guide", "features/guides/facilitate/round-guide.tsx"),
  ...prefix("guides", [
    route("", "features/guides/public/guide-list.tsx"),
    route(":slug", "features/guides/public/guide-page.tsx"),
    route(":slug/guide.md", "features/guides/public/guide-markdown.ts"),
    route(":slug/guide.epub", "features/guides/public/guide-epub.ts"),
    route(":slug/write", "features/guides/write/workspace.tsx"),
    route(":slug/write/:chapterId", "features/guides/write/chapter-edit.tsx"),
    route(":slug/write/:chapterId/history", "features/guides/write/chapter-history.tsx"),
  ]),
  route("open-data", "features/guides/open-data/open-data.tsx"),
  route("open-data/:file", "features/guides/open-data/open-data-file.ts"),
  route("open-data/topic-libraries/:file", "features/guides/open-data/topic-library-file.ts"),
];
