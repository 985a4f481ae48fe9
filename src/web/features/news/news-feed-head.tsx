import { newsFeedLinks } from "./news-feed-links.ts";
import type { NewsPublisher } from "../../../use-cases/news/news-ports.ts";

/**
 * The feed's `<link rel="alternate">` tags for the page's `<head>` (React 19 moves a <link>
 * rendered anywhere into the head), so browsers and feed readers discover the feed.
 */
export function NewsFeedHead(props: {
  publisher: Pick<NewsPublisher, "kind" | "slug"> | null;
  title: string;
}) {
  const links = newsFeedLinks(
    props.publisher?.kind ?? "site",
    props.publisher?.slug ?? "",
    props.title,
  );
  return (
    <>
      {links.map((link) => (
        <link key={link.type} rel={link.rel} type={link.type} href={link.href} title={link.title} />
      ))}
    </>
  );
}
