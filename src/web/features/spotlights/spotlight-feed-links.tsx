import { useFixedT } from "../../shared/use-fixed-t.ts";

export const SPOTLIGHT_FEED_PATHS = { rss: "/spotlights/feed.rss", atom: "/spotlights/feed.atom" };

/**
 * The feed's `<link rel="alternate">` tags (React 19 moves them into the head), so browsers
 * and feed readers discover it from the page.
 */
export function SpotlightFeedHead() {
  const t = useFixedT("spotlights");
  const title = t("feeds.title");
  return (
    <>
      <link
        rel="alternate"
        type="application/rss+xml"
        href={SPOTLIGHT_FEED_PATHS.rss}
        title={`${title} (RSS)`}
      />
      <link
        rel="alternate"
        type="application/atom+xml"
        href={SPOTLIGHT_FEED_PATHS.atom}
        title={`${title} (Atom)`}
      />
    </>
  );
}

/** The feeds as links a person can copy into a feed reader. */
export function SpotlightFeedLinks() {
  const t = useFixedT("spotlights");
  return (
    <p className="muted">
      {t("feeds.heading")}:{" "}
      <a href={SPOTLIGHT_FEED_PATHS.rss} type="application/rss+xml" aria-label={t("feeds.rssOf")}>
        RSS
      </a>
      {" · "}
      <a
        href={SPOTLIGHT_FEED_PATHS.atom}
        type="application/atom+xml"
        aria-label={t("feeds.atomOf")}
      >
        Atom
      </a>
    </p>
  );
}
