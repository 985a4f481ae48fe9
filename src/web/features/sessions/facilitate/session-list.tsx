import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { CalendarSubscription } from "../calendar-subscription.tsx";
import { SessionPlace } from "../session-place.tsx";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import type { Route } from "./+types/session-list";

const NOTICES = ["scheduled", "saved", "unchanged", "cancelled"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listRoundSessions(actorOf(viewer), {
    roundId: params.roundId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, sessions, feedUrl } = result.value;
  const notice = url.searchParams.get("done");
  return {
    page,
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    total: sessions.total,
    sessions: sessions.items.map((s) => ({
      id: s.id,
      title: s.title,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      onlineUrl: s.onlineUrl,
      place: s.place,
      cancelled: s.status === "cancelled",
      counts: s.counts,
    })),
    feedUrl,
    notice: NOTICES.find((n) => n === notice) ?? null,
  };
}

export default function SessionList({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("sessions");
  const { round } = loaderData;
  const base = `/facilitate/rounds/${round.id}/sessions`;
  return (
    <>
      <title>{`${t("list.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("list.heading", { round: round.name })}</h1>
      {loaderData.notice && (
        <p className="notice notice--ok" role="status">
          {t(`list.notice.${loaderData.notice}`)}
        </p>
      )}
      <p>{t("list.intro")}</p>
      <div className="actions">
        <Link className="button" to={`${base}/new`}>
          {t("list.schedule")}
        </Link>
      </div>
      {loaderData.total === 0 ? (
        <p className="notice">{t("list.empty")}</p>
      ) : (
        <>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t("list.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("list.session")}</th>
                  <th scope="col">{t("list.when")}</th>
                  <th scope="col">{t("list.where")}</th>
                  <th scope="col">{t("list.answers")}</th>
                  <th scope="col">{t("list.actions")}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      {s.title}
                      {s.cancelled && (
                        <>
                          {" "}
                          <span className="badge">{t("status.cancelled")}</span>
                        </>
                      )}
                    </th>
                    <td>
                      <DateTime value={s.startsAt} />
                      <br />
                      <span className="muted">{t("duration", { count: s.durationMinutes })}</span>
                    </td>
                    <td>
                      <SessionPlace onlineUrl={s.onlineUrl} place={s.place} title={s.title} />
                    </td>
                    <td>{t("list.counts", s.counts)}</td>
                    <td>
                      {!s.cancelled && (
                        <>
                          <Link to={`${base}/${s.id}/edit`}>
                            {t("list.edit")}
                            <span className="visually-hidden"> {s.title}</span>
                          </Link>
                          {" · "}
                          <Link to={`${base}/${s.id}/cancel`}>
                            {t("list.cancel")}
                            <span className="visually-hidden"> {s.title}</span>
                          </Link>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
      <CalendarSubscription feedUrl={loaderData.feedUrl} />
    </>
  );
}
