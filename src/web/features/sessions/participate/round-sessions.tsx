import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, redirect, useNavigation } from "react-router";
import { RSVP_ANSWERS } from "../../../../domain/sessions/group-session.ts";
import { formatDateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import { useRootData } from "../../../shared/root-data.ts";
import { CalendarSubscription } from "../calendar-subscription.tsx";
import { SessionPlace } from "../session-place.tsx";
import type { Route } from "./+types/round-sessions";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.listMyRoundSessions(actorOf(viewer), {
    roundId: params.roundId,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { round, programmeName, timeZone, sessions, feedUrl } = result.value;
  const now = context.services.clock.now().getTime();
  return {
    page,
    round,
    programmeName,
    timeZone,
    total: sessions.total,
    sessions: sessions.items.map((s) => ({
      id: s.id,
      title: s.title,
      description: s.description,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      onlineUrl: s.onlineUrl,
      place: s.place,
      cancelled: s.status === "cancelled",
      ended: s.startsAt.getTime() + s.durationMinutes * 60_000 <= now,
      myAnswer: s.myAnswer,
    })),
    feedUrl,
    answered: url.searchParams.get("answered"),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const sessionId = formText(form, "sessionId");
  const result = await context.services.useCases.answerSessionRsvp(actorOf(viewer), {
    roundId: params.roundId,
    sessionId,
    answer: formText(form, "answer"),
  });
  if (!result.ok) {
    if (result.error.code === "invalid") return { sessionId, error: "choose" };
    if (result.error.code === "conflict") return { sessionId, error: result.error.reason };
    throwUseCaseError(result.error);
  }
  // Back to the same page of the list, at the session just answered.
  const back = new URL(request.url);
  back.searchParams.set("answered", sessionId);
  return redirect(`${back.pathname}${back.search}#session-${sessionId}`);
}

export default function RoundSessions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("sessions");
  const root = useRootData();
  const locale = root?.locale ?? "en";
  const busy = useNavigation().state === "submitting";
  const { round, timeZone } = loaderData;
  return (
    <>
      <title>{`${t("mine.title")} — ${round.name}`}</title>
      <p>
        <Link to="/account">{t("mine.back")}</Link>
      </p>
      <h1>{t("mine.heading", { round: round.name })}</h1>
      <p>{t("mine.intro", { programme: loaderData.programmeName })}</p>
      <p className="muted">{t("mine.zone", { zone: timeZone })}</p>
      {loaderData.total === 0 ? (
        <p className="notice">{t("mine.empty")}</p>
      ) : (
        <>
          <ul className="cards">
            {loaderData.sessions.map((s) => {
              const headingId = `session-${s.id}-heading`;
              const error = actionData?.sessionId === s.id ? actionData.error : null;
              return (
                <li key={s.id} id={`session-${s.id}`} className="card">
                  <article aria-labelledby={headingId}>
                    <h2 id={headingId}>
                      {s.title}
                      {s.cancelled && (
                        <>
                          {" "}
                          <span className="badge">{t("status.cancelled")}</span>
                        </>
                      )}
                    </h2>
                    <p>
                      <time dateTime={new Date(s.startsAt).toISOString()}>
                        {formatDateTime(new Date(s.startsAt), locale, timeZone)}
                      </time>
                      {" · "}
                      {t("duration", { count: s.durationMinutes })}
                    </p>
                    {!s.cancelled && (
                      <p>
                        <SessionPlace onlineUrl={s.onlineUrl} place={s.place} title={s.title} />
                      </p>
                    )}
                    {s.description && <p style={{ whiteSpace: "pre-wrap" }}>{s.description}</p>}
                    {loaderData.answered === s.id && (
                      <p className="notice notice--ok" role="status">
                        {t("rsvp.saved", { answer: t(`rsvp.answer.${s.myAnswer ?? "yes"}`) })}
                      </p>
                    )}
                    {error && (
                      <p className="notice notice--error" role="alert">
                        {t(`rsvp.error.${error}`)}
                      </p>
                    )}
                    {s.cancelled ? (
                      <p className="muted">{t("mine.cancelled")}</p>
                    ) : s.ended ? (
                      <p className="muted">{t("mine.ended")}</p>
                    ) : (
                      <Form method="post" key={`${s.id}-${s.myAnswer ?? ""}`}>
                        <input type="hidden" name="sessionId" value={s.id} />
                        <fieldset>
                          <legend>{t("rsvp.legend", { title: s.title })}</legend>
                          {RSVP_ANSWERS.map((answer) => (
                            <label className="choice" key={answer}>
                              <input
                                type="radio"
                                name="answer"
                                value={answer}
                                defaultChecked={s.myAnswer === answer}
                              />
                              {t(`rsvp.answer.${answer}`)}
                            </label>
                          ))}
                        </fieldset>
                        <button type="submit" className="button" disabled={busy}>
                          {t("rsvp.submit")}
                          <span className="visually-hidden"> — {s.title}</span>
                        </button>
                      </Form>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
          <Pagination page={loaderData.page} total={loaderData.total} />
        </>
      )}
      <CalendarSubscription feedUrl={loaderData.feedUrl} />
    </>
  );
}
