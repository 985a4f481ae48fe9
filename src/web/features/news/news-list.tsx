import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { FilterSelect } from "../../shared/filter-select.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import { actorOf, findViewer } from "../../shared/viewer.server.ts";
import { NewsFeedHead } from "./news-feed-head.tsx";
import { NewsFeedLinks } from "./news-feed-links-visible.tsx";
import { NewsPostSummary, toNewsPostSummary } from "./news-post-summary.tsx";
import { readNewsFilter } from "./read-news-filter.ts";
import type { Route } from "./+types/news-list";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const filter = readNewsFilter(url.searchParams);
  const result = await context.services.useCases.listNews(actorOf(viewer), {
    filter,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { publisher, posts, publishers, moderates } = result.value;
  return {
    page,
    publisher: publisher && { kind: publisher.kind, slug: publisher.slug, name: publisher.name },
    total: posts.total,
    posts: posts.items.map(toNewsPostSummary),
    publishers: publishers.map((p) => ({
      value: `${p.kind}:${p.slug}`,
      name: p.name,
      kind: p.kind,
    })),
    moderates,
    deleted: url.searchParams.get("done") === "deleted",
  };
}

/** Every post, newest first; filtered to one network or programme by ?network= or ?programme=. */
export default function NewsList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("news");
  const { publisher } = loaderData;
  const heading = publisher ? t("list.headingFrom", { name: publisher.name }) : t("list.title");
  // A deleted post's page is gone: its organiser lands here, told so, with focus on it.
  const deletedRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.deleted);
  return (
    <>
      <title>{`${heading} — Shelfmates`}</title>
      <NewsFeedHead
        publisher={publisher}
        title={
          publisher ? t("feeds.publisherTitle", { name: publisher.name }) : t("feeds.siteTitle")
        }
      />
      <h1>{heading}</h1>
      {loaderData.deleted && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={deletedRef}>
          {t("delete.done")}
        </p>
      )}
      <p>{t("list.intro")}</p>
      <NewsFeedLinks publisher={publisher} />
      {loaderData.moderates && (
        <p>
          <Link to="/news/moderation">{t("list.moderation")}</Link>
        </p>
      )}
      {loaderData.publishers.length > 0 && (
        <Form method="get" className="filters">
          <FilterSelect
            name="from"
            label={t("list.filter")}
            value={publisher ? `${publisher.kind}:${publisher.slug}` : ""}
            anyLabel={t("list.any")}
            options={loaderData.publishers.map((p) => ({
              value: p.value,
              label: t(`publisher.${p.kind}`, { name: p.name }),
            }))}
          />
          <button type="submit" className="button button--secondary">
            {t("list.apply")}
          </button>
          {publisher && <Link to="/news">{t("list.all")}</Link>}
        </Form>
      )}
      {loaderData.total === 0 ? (
        <p className="notice">
          {publisher ? t("list.emptyFrom", { name: publisher.name }) : t("list.empty")}
        </p>
      ) : (
        <>
          {loaderData.posts.map((post) => (
            <NewsPostSummary key={post.slug} post={post} headingLevel={2} />
          ))}
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
