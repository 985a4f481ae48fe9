import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link, redirect } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import { actorOf, findViewer, requireViewer } from "../../shared/viewer.server.ts";
import { CommentForm } from "./comments/comment-form.tsx";
import { CommentList } from "./comments/comment-list.tsx";
import { NewsFeedHead } from "./news-feed-head.tsx";
import { NewsFeedLinks } from "./news-feed-links-visible.tsx";
import type { Route } from "./+types/news-post";

const NOTICES = [
  "published",
  "saved",
  "unchanged",
  "commented",
  "reported",
  "alreadyReported",
  "hidden",
] as const;
/** What was done to a comment: said in the comments section, where the person was. */
const COMMENT_NOTICES: readonly string[] = ["commented", "reported", "alreadyReported", "hidden"];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.getNewsPost(actorOf(viewer), {
    slug: params.slug,
    commentsPage: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { post, comments, mayModerate, mayComment } = result.value;
  const notice = url.searchParams.get("done");
  return {
    page,
    post: {
      slug: post.slug,
      title: post.title,
      html: renderMarkdown(post.body, 2, { images: true }),
      authorName: post.authorName,
      publishedAt: post.publishedAt,
      updatedAt: post.updatedAt,
      edited: post.updatedAt.getTime() !== post.publishedAt.getTime(),
      publisher: post.publisher,
    },
    comments: comments.items,
    totalComments: comments.total,
    mayModerate,
    mayComment,
    signedIn: viewer !== null,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const body = formText(await request.formData(), "body");
  const result = await context.services.useCases.commentOnNewsPost(actorOf(viewer), {
    slug: params.slug,
    body,
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { body, errors: result.error.fieldErrors };
    if (result.error.code === "conflict")
      return { body, errors: { body: { key: "news:errors.unverified" } } };
    throwUseCaseError(result.error);
  }
  return redirect(`/news/${params.slug}?done=commented#comments`);
}

/** A news post with its comments; its publisher's organisers edit, delete and moderate here. */
export default function NewsPost({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const { post } = loaderData;
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.notice !== null);
  const notice = loaderData.notice && (
    <p className="notice notice--ok" role="status" tabIndex={-1} ref={noticeRef}>
      {t(`post.notice.${loaderData.notice}`)}
    </p>
  );
  const aboutComments = loaderData.notice !== null && COMMENT_NOTICES.includes(loaderData.notice);
  const publisherName = t(`publisher.${post.publisher.kind}`, { name: post.publisher.name });
  return (
    <>
      <title>{`${post.title} — ${post.publisher.name}`}</title>
      <NewsFeedHead
        publisher={post.publisher}
        title={t("feeds.publisherTitle", { name: post.publisher.name })}
      />
      <p>
        <Link to={`/news?${post.publisher.kind}=${encodeURIComponent(post.publisher.slug)}`}>
          {t("post.back", { name: post.publisher.name })}
        </Link>
      </p>
      {!aboutComments && notice}
      <article>
        <h1>{post.title}</h1>
        <p className="muted">
          {t("post.byline", {
            author: post.authorName ?? t("byUnknown"),
            publisher: publisherName,
          })}
          <br />
          {t("post.published")}: <DateTime value={post.publishedAt} />
          {post.edited && (
            <>
              {" · "}
              {t("post.updated")}: <DateTime value={post.updatedAt} />
            </>
          )}
        </p>
        {loaderData.mayModerate && (
          <p className="actions">
            <Link className="button button--secondary" to={`/news/${post.slug}/edit`}>
              {t("post.edit")}
            </Link>
            <Link className="button button--danger" to={`/news/${post.slug}/delete`}>
              {t("post.delete")}
            </Link>
          </p>
        )}
        <div className="markdown" dangerouslySetInnerHTML={{ __html: post.html }} />
      </article>
      <section aria-labelledby="comments">
        <h2 id="comments">{t("comments.heading")}</h2>
        {aboutComments && notice}
        {loaderData.totalComments === 0 ? (
          <p>{t("comments.empty")}</p>
        ) : (
          <>
            <CommentList
              comments={loaderData.comments}
              mayReport={loaderData.mayComment === "yes"}
              mayHide={loaderData.mayModerate}
            />
            <Pagination page={loaderData.page} total={loaderData.totalComments} />
          </>
        )}
        <CommentForm
          permission={loaderData.mayComment}
          returnTo={`/news/${post.slug}`}
          value={actionData?.body ?? ""}
          errors={actionData?.errors}
        />
      </section>
      <NewsFeedLinks publisher={post.publisher} />
    </>
  );
}
