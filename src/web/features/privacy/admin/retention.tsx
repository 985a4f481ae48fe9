import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { TableScroll } from "../../../shared/table-scroll.tsx";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/retention";

/** What will go when (administrators): the rounds whose applications will be anonymised. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const result = await context.services.useCases.listUpcomingAnonymisations(actorOf(viewer), {
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  return { page, ...result.value };
}

export default function Retention({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const number = useNumberFormat();
  return (
    <>
      <title>{t("retention.title")}</title>
      <h1>{t("retention.title")}</h1>
      <p>{t("retention.intro")}</p>
      {loaderData.items.length === 0 ? (
        <p className="notice">{t("retention.empty")}</p>
      ) : (
        <TableScroll label={t("retention.title")}>
          <table>
            <caption className="visually-hidden">{t("retention.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("retention.column.due")}</th>
                <th scope="col">{t("retention.column.round")}</th>
                <th scope="col">{t("retention.column.programme")}</th>
                <th scope="col">{t("retention.column.applications")}</th>
                <th scope="col">{t("retention.column.period")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.items.map((item) => (
                <tr key={item.roundId}>
                  <td>
                    <DateTime value={item.dueAt} dateOnly />
                    {item.roundStatus !== "finished" && <> {t("retention.notFinished")}</>}
                  </td>
                  <td>
                    <Link to={`/facilitate/rounds/${item.roundId}`}>
                      <bdi>{item.roundName}</bdi>
                    </Link>
                  </td>
                  <td>
                    <Link to={`/facilitate/programmes/${item.programmeId}/retention`}>
                      <bdi>{item.programmeName}</bdi>
                    </Link>
                  </td>
                  <td>{number.format(item.applications)}</td>
                  <td>{t("retention.days", { count: item.retentionDays })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
    </>
  );
}
