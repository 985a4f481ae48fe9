import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { readerTimeZone } from "../../../shared/time-zone.server.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { RoundBreadcrumb } from "../../../shared/round-breadcrumb.tsx";
import { CheckInTable } from "./check-in-table.tsx";
import { MeetingsChart } from "./meetings-chart.tsx";
import { sessionsHref } from "./day-links.ts";
import lifeCss from "./life.css?url";
import type { Route } from "./+types/dashboard";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: lifeCss }];

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getRoundDashboard(actorOf(viewer), {
    roundId: params.roundId,
    timeZone: readerTimeZone(request),
  });
  if (!result.ok) throwUseCaseError(result.error);
  return result.value;
}

/** A round's life at a glance: partnerships, meetings per week, check-ins, agreements. */
export default function Dashboard({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("roundlife");
  const number = useNumberFormat();
  const { round, partnerships, agreements } = loaderData;
  // A week's first day is a calendar day in the reader's zone already: formatted as such.
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: "medium", timeZone: "UTC" });
  const counts = [
    ["active", partnerships.active],
    ["silent", partnerships.silent],
    ["dissolved", partnerships.dissolved],
    ["ended", partnerships.ended],
  ] as const;
  return (
    <>
      <title>{`${t("dashboard.title")} — ${round.name}`}</title>
      <RoundBreadcrumb programme={loaderData.programme} round={round} />
      <h1>{t("dashboard.heading", { round: round.name })}</h1>
      <p>
        <DateTime value={round.startsAt} dateOnly /> – <DateTime value={round.endsAt} dateOnly />
      </p>
      <p className="actions">
        <Link to="/facilitate/today">{t("dashboard.today")}</Link>
        <Link to={`/facilitate/rounds/${round.id}/follow-up`}>{t("dashboard.followUp")}</Link>
        <Link to={sessionsHref(round.id)}>{t("dashboard.sessions")}</Link>
        <Link to={`/facilitate/rounds/${round.id}/report`}>{t("reports:roundLink")}</Link>
      </p>

      <h2>{t("dashboard.partnerships.heading")}</h2>
      <dl className="details">
        {counts.map(([key, value]) => (
          <div key={key}>
            <dt>{t(`dashboard.partnerships.${key}`)}</dt>
            <dd>
              {number.format(value)}
              {key === "silent" && (
                <>
                  <br />
                  <small>
                    {t("dashboard.partnerships.silentHint", { count: round.nudgeAfterDays })}
                  </small>
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>

      <h2>{t("dashboard.meetings.heading")}</h2>
      {loaderData.meetingsPerWeek.length === 0 ? (
        <p className="notice">{t("dashboard.meetings.notStarted")}</p>
      ) : (
        <>
          {loaderData.meetingsPerWeek.every((w) => w.count === 0) ? (
            <p className="notice">{t("dashboard.meetings.none")}</p>
          ) : (
            <MeetingsChart weeks={loaderData.meetingsPerWeek} timeZone={loaderData.timeZone} />
          )}
          <div className="table-wrap">
            <table>
              <caption>{t("dashboard.meetings.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("dashboard.meetings.week")}</th>
                  <th scope="col">{t("dashboard.meetings.from")}</th>
                  <th scope="col">{t("dashboard.meetings.count")}</th>
                </tr>
              </thead>
              <tbody>
                {loaderData.meetingsPerWeek.map((w) => (
                  <tr key={w.week}>
                    <th scope="row">{t("dashboard.meetings.weekLabel", { week: w.week })}</th>
                    <td>
                      <time dateTime={w.firstDay}>
                        {day.format(new Date(`${w.firstDay}T00:00:00Z`))}
                      </time>
                    </td>
                    <td>{number.format(w.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      <h2>{t("dashboard.checkIns.heading")}</h2>
      {loaderData.checkIns.length === 0 ? (
        <p className="notice">{t("dashboard.checkIns.none")}</p>
      ) : (
        <CheckInTable checkIns={loaderData.checkIns} />
      )}

      <h2>{t("dashboard.agreements.heading")}</h2>
      {agreements.partnerships === 0 ? (
        <p className="notice">{t("dashboard.agreements.none")}</p>
      ) : (
        <ul>
          <li>
            {t("dashboard.agreements.partnerships", {
              confirmed: agreements.confirmedPartnerships,
              total: agreements.partnerships,
            })}
          </li>
          <li>
            {t("dashboard.agreements.members", {
              confirmed: agreements.confirmedMembers,
              total: agreements.members,
            })}
          </li>
        </ul>
      )}
    </>
  );
}
