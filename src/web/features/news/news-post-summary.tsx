import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";

/** What a listing shows of a post (serialisable: loaders send exactly this). */
export interface NewsPostSummaryData {
  slug: string;
  title: string;
  publishedAt: Date;
  authorName: string | null;
  publisher: { kind: "network" | "programme"; name: string };
  commentCount: number;
}

export function toNewsPostSummary(post: NewsPostSummaryData): NewsPostSummaryData {
  return {
    slug: post.slug,
    title: post.title,
    publishedAt: post.publishedAt,
    authorName: post.authorName,
    publisher: { kind: post.publisher.kind, name: post.publisher.name },
    commentCount: post.commentCount,
  };
}

/** One post in a list: its title (the link), who posted it where, when, and its comments. */
export function NewsPostSummary(props: { post: NewsPostSummaryData; headingLevel: 2 | 3 | 4 }) {
  const t = useFixedT("news");
  const { post } = props;
  const Heading = (["h2", "h3", "h4"] as const)[props.headingLevel - 2]!;
  return (
    <article className="card">
      <Heading>
        <Link to={`/news/${post.slug}`}>{post.title}</Link>
      </Heading>
      <p className="muted">
        {t("list.byline", {
          publisher: t(`publisher.${post.publisher.kind}`, { name: post.publisher.name }),
          author: post.authorName ?? t("byUnknown"),
        })}
        {" · "}
        <DateTime value={post.publishedAt} dateOnly />
        {" · "}
        {t("list.comments", { count: post.commentCount })}
      </p>
    </article>
  );
}
