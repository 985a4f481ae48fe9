import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatList } from "../../../../i18n/format-weekly-hours.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/waiting-list";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listWaitingForPartner(actorOf(viewer), {
    roundId: params.roundId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, people } = result.value;
  const dissolved = (url.searchParams.get("dissolved") ?? "").split(",").filter(Boolean);
  return {
    page,
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    total: people.total,
    people: people.items.map(({ person, leftAt }) => ({
      id: person.id,
      name: person.name,
      leftAt,
      justFreed: dissolved.includes(person.id),
    })),
    paired: url.searchParams.get("paired"),
    partner: url.searchParams.get("with"),
  };
}

export default function WaitingList({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("checkins");
  const { round } = loaderData;
  const base = `/facilitate/rounds/${round.id}/follow-up`;
  const freed = loaderData.people.filter((p) => p.justFreed);
  return (
    <>
      <title>{`${t("rematch.listTitle")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <p>
        <Link to={base}>{t("followUp.breadcrumb")}</Link>
      </p>
      <h1>{t("rematch.listHeading", { round: round.name })}</h1>
      {loaderData.paired && loaderData.partner && (
        <p className="notice notice--ok" role="status">
          {t("rematch.done", { name: loaderData.paired, partner: loaderData.partner })}
        </p>
      )}
      {freed.length > 0 && (
        <p className="notice notice--ok" role="status">
          {t("rematch.dissolved", {
            count: freed.length,
            names: formatList(
              freed.map((p) => p.name),
              i18n.language,
            ),
          })}
        </p>
      )}
      <p className="lead">{t("rematch.listIntro")}</p>
      {loaderData.total === 0 ? (
        <p className="notice">{t("rematch.listEmpty")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("rematch.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rematch.name")}</th>
                  <th scope="col">{t("rematch.leftOn")}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.people.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link
                        to={`${base}/rematch/${p.id}`}
                        aria-label={t("rematch.find", { name: p.name })}
                      >
                        {p.name}
                      </Link>
                    </td>
                    <td>{p.leftAt && <DateTime value={p.leftAt} dateOnly />}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
    </>
  );
}
