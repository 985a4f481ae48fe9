import { useFixedT } from "./use-fixed-t.ts";
import { Link, useLocation } from "react-router";
import { useNumberFormat } from "./use-number-format.ts";

export const PAGE_SIZE = 25;

/** Page number from ?page=, at least 1. */
export function pageFromUrl(url: URL): number {
  const page = Number(url.searchParams.get("page") ?? "1");
  return Number.isInteger(page) && page > 0 && page < 1_000_000 ? page : 1;
}

export function Pagination({
  page,
  total,
  pageSize = PAGE_SIZE,
}: {
  page: number;
  total: number;
  pageSize?: number;
}) {
  const t = useFixedT();
  const number = useNumberFormat();
  const location = useLocation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (target: number) => {
    const params = new URLSearchParams(location.search);
    params.set("page", String(target));
    return `${location.pathname}?${params.toString()}`;
  };
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      <span>
        {t("pagination.showing", {
          from: number.format(from),
          to: number.format(to),
          total: number.format(total),
        })}
      </span>
      {page > 1 && <Link to={hrefFor(page - 1)}>{t("pagination.previous")}</Link>}
      <span aria-current="page">
        {t("pagination.status", { page: number.format(page), pages: number.format(pages) })}
      </span>
      {page < pages && <Link to={hrefFor(page + 1)}>{t("pagination.next")}</Link>}
    </nav>
  );
}
