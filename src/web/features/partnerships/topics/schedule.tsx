import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { DateTime, useReaderTimeZone } from "../../../shared/date-time.tsx";
import { ErrorSummary, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { actorOf, requestLocale, requireViewer } from "../../../shared/viewer.server.ts";
import { topicSummary } from "./topic-titles.ts";
import type { Route } from "./+types/schedule";

const WEEK_FIELD = /^week-(\d{1,3})$/;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.getTopicSchedule(actorOf(viewer), params.roundId);
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programme, schedule, topics } = result.value;
  const locale = requestLocale(request, viewer);
  const saved = new URL(request.url).searchParams.get("saved");
  return {
    round: { id: round.id, name: round.name },
    programme: { id: programme.id, name: programme.name },
    saved: schedule.saved,
    weeks: schedule.weeks,
    topics: topics.map((topic) => topicSummary(topic, locale, programme.defaultLanguage)),
    savedChanges: saved !== null && /^\d+$/.test(saved) ? Number(saved) : null,
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  // Only the weeks the form showed with a choice (a sent week shows none) are sent.
  const values: Record<string, string> = {};
  const weeks: { week: number; topicId: string | null }[] = [];
  for (const [name, value] of form) {
    const match = WEEK_FIELD.exec(name);
    if (!match || typeof value !== "string") continue;
    values[name] = value;
    weeks.push({ week: Number(match[1]), topicId: value === "" ? null : value });
  }
  const result = await context.services.useCases.saveTopicSchedule(actorOf(viewer), {
    roundId: params.roundId,
    weeks,
  });
  if (result.ok)
    return redirect(`/facilitate/rounds/${params.roundId}/topics?saved=${result.value.changed}`);
  if (result.error.code === "invalid") return { values, errors: result.error.fieldErrors };
  throwUseCaseError(result.error);
}

export default function TopicSchedulePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("topics");
  const number = useNumberFormat();
  const errorMessage = useErrorMessage();
  const timeZone = useReaderTimeZone();
  const busy = useNavigation().state === "submitting";
  const { round, programme, weeks, topics } = loaderData;
  const titles = new Map(topics.map((topic) => [topic.id, topic]));
  const labels = Object.fromEntries(
    weeks.map((w) => [`week-${w.week}`, t("schedule.weekNumber", { week: w.week })]),
  );
  const library = `/facilitate/programmes/${programme.id}/topics`;
  return (
    <>
      <title>{`${t("schedule.title")} — ${round.name}`}</title>
      <nav aria-label={t("library.breadcrumbLabel")}>
        <p>
          <Link to={`/facilitate/programmes/${programme.id}`}>{programme.name}</Link>
          {" › "}
          <Link to={`/facilitate/rounds/${round.id}`}>{round.name}</Link>
        </p>
      </nav>
      <h1>{t("schedule.heading", { round: round.name })}</h1>
      {loaderData.savedChanges !== null && (
        <p className="notice notice--ok" role="status">
          {loaderData.savedChanges === 0
            ? t("schedule.saved")
            : t("schedule.savedChanges", { count: loaderData.savedChanges })}
        </p>
      )}
      <p>{t("schedule.intro", { timeZone })}</p>
      {!loaderData.saved && weeks.length > 0 && (
        <p className="notice">{t("schedule.defaultNotice")}</p>
      )}
      {topics.length === 0 && <p className="notice notice--warn">{t("schedule.emptyLibrary")}</p>}
      <p>
        <Link to={library}>{t("schedule.libraryLink")}</Link>
      </p>
      {weeks.length === 0 ? (
        <p className="notice">{t("schedule.noWeeks")}</p>
      ) : (
        <>
          <ErrorSummary errors={actionData?.errors} labels={labels} />
          <Form method="post" noValidate>
            <div className="table-wrap">
              <table>
                <caption className="visually-hidden">{t("schedule.caption")}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t("schedule.week")}</th>
                    <th scope="col">{t("schedule.starts")}</th>
                    <th scope="col">{t("schedule.topic")}</th>
                    <th scope="col">{t("schedule.sentTo")}</th>
                  </tr>
                </thead>
                <tbody>
                  {weeks.map((w) => {
                    const name = `week-${w.week}`;
                    const ids = fieldIds(name);
                    const error = actionData?.errors?.[name];
                    const current = w.topicId ? titles.get(w.topicId) : undefined;
                    const chosen = actionData?.values[name] ?? w.topicId ?? "";
                    return (
                      <tr key={w.week} className={error ? "field--error" : undefined}>
                        <th scope="row">{t("schedule.weekNumber", { week: w.week })}</th>
                        <td>
                          <DateTime value={w.startsAt} dateOnly />
                          {w.started && <span className="muted"> ({t("schedule.started")})</span>}
                        </td>
                        <td>
                          {w.sentCount > 0 || w.over ? (
                            <>
                              <span lang={current?.titleLocale}>
                                {current?.title ?? t("schedule.none")}
                              </span>
                              <br />
                              <span className="muted">
                                {t(w.sentCount > 0 ? "schedule.locked" : "schedule.over")}
                              </span>
                            </>
                          ) : (
                            <>
                              <label htmlFor={ids.id} className="visually-hidden">
                                {t("schedule.topicFor", { week: w.week })}
                              </label>
                              {error && (
                                <span className="error" id={ids.errorId}>
                                  {errorMessage(error)}
                                </span>
                              )}
                              <select
                                id={ids.id}
                                name={name}
                                defaultValue={chosen}
                                aria-invalid={error ? true : undefined}
                                aria-describedby={error ? ids.errorId : undefined}
                              >
                                <option value="">{t("schedule.none")}</option>
                                {topics
                                  .filter((topic) => !topic.archived || topic.id === w.topicId)
                                  .map((topic) => (
                                    <option key={topic.id} value={topic.id}>
                                      {topic.archived
                                        ? t("schedule.archivedOption", { title: topic.title })
                                        : topic.title}
                                    </option>
                                  ))}
                              </select>
                            </>
                          )}
                        </td>
                        <td>
                          {w.sentCount > 0
                            ? t("schedule.sentCount", {
                                count: w.sentCount,
                                formatted: number.format(w.sentCount),
                              })
                            : t("schedule.notSent")}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <div className="actions">
              <button type="submit" className="button" disabled={busy}>
                {t("schedule.save")}
              </button>
            </div>
          </Form>
        </>
      )}
    </>
  );
}
