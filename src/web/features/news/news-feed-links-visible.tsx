import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { NewsPublisher } from "../../../use-cases/news/news-ports.ts";
import { newsFeedPaths } from "./news-feed-links.ts";

/** The feeds as links a person can copy into a feed reader. */
export function NewsFeedLinks(props: {
  publisher: Pick<NewsPublisher, "kind" | "slug" | "name"> | null;
}) {
  const t = useFixedT("news");
  const paths = newsFeedPaths(props.publisher);
  const name = props.publisher?.name ?? "Shelfmates";
  return (
    <p className="muted">
      {t("feeds.heading")}:{" "}
      <a href={paths.rss} type="application/rss+xml" aria-label={t("feeds.rssOf", { name })}>
        {t("feeds.rss")}
      </a>
      {" · "}
      <a href={paths.atom} type="application/atom+xml" aria-label={t("feeds.atomOf", { name })}>
        {t("feeds.atom")}
      </a>
    </p>
  );
}
