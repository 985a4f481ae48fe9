import { useTranslation } from "react-i18next";
import { Form, Link, redirect, useNavigation } from "react-router";
import { eventPlace, googleCalendarUrl } from "../../../../domain/events/event-calendar.ts";
import { formText } from "../../../shared/form-data.ts";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { actorOf, findViewer, requireViewer } from "../../../shared/viewer.server.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";
import { EventPlace } from "../event-place.tsx";
import { EventWhen } from "../event-when.tsx";
import { publisherPath } from "../publisher-path.ts";
import type { Route } from "./+types/event-page";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const result = await context.services.useCases.getEventPage(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  const { event, occurrences, units, counts, placesLeft, mine, canManage, open } = result.value;
  const url = new URL(request.url);
  const first = occurrences[0];
  return {
    event: {
      slug: event.slug,
      title: event.title,
      kind: event.kind,
      descriptionHtml: renderMarkdown(event.description, 2),
      online: event.online,
      onlineUrl: event.onlineUrl,
      venue: event.venue,
      city: event.city,
      country: event.country,
      timeZone: event.timeZone,
      capacity: event.capacity,
      courseWeeks: event.courseWeeks,
      language: event.language,
      cancelled: event.status === "cancelled",
      publisher: event.publisher,
    },
    occurrences: occurrences.map((o) => ({ position: o.position, startsAt: o.startsAt })),
    units,
    counts,
    placesLeft,
    mine,
    canManage,
    open,
    signedIn: Boolean(viewer),
    verified: viewer?.emailVerified ?? false,
    googleUrl: first
      ? googleCalendarUrl({
          title: event.title,
          details: `${context.services.config.baseUrl}/events/${event.slug}`,
          location: eventPlace(event) || "Online",
          startsAt: first.startsAt,
          endsAt: first.endsAt,
        })
      : null,
    confirmCancel: url.searchParams.get("cancel") === "1",
    done: url.searchParams.get("done"),
  };
}

export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const intent = formText(await request.formData(), "intent");
  if (intent === "cancel") {
    const result = await context.services.useCases.cancelEventRegistration(actorOf(viewer), params);
    if (!result.ok) throwUseCaseError(result.error);
    return redirect(`/events/${params.slug}?done=cancelled`);
  }
  const result = await context.services.useCases.registerForEvent(actorOf(viewer), params);
  if (!result.ok) throwUseCaseError(result.error);
  return redirect(`/events/${params.slug}?done=${result.value.status}`);
}

export default function EventPage({ loaderData }: Route.ComponentProps) {
  const { t, i18n } = useTranslation("events");
  const { event, occurrences, units, counts, placesLeft, mine } = loaderData;
  const busy = useNavigation().state === "submitting";
  // After a post (and after "Cancel my registration" asks again in place), focus goes to what
  // the page answered: the button or link pressed is gone.
  const doneRef = useFocusOnArrival<HTMLParagraphElement>(Boolean(loaderData.done));
  const confirmRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.confirmCancel);
  return (
    <>
      <title>{`${event.title} — ${event.publisher.name}`}</title>
      <p>
        <Link to={publisherPath(event.publisher)}>{event.publisher.name}</Link>
      </p>
      <h1>{event.title}</h1>
      {loaderData.done && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={doneRef}>
          {t(`page.done.${loaderData.done}`, { defaultValue: "" })}
        </p>
      )}
      {event.cancelled && <p className="notice notice--warn">{t("page.cancelled")}</p>}
      <dl className="details">
        <dt>{t(event.kind === "course" ? "page.starts" : "page.when")}</dt>
        <dd>
          {occurrences.length === 1 ? (
            <EventWhen startsAt={occurrences[0]!.startsAt} timeZone={event.timeZone} />
          ) : (
            <ul>
              {occurrences.map((o) => (
                <li key={o.position}>
                  <EventWhen startsAt={o.startsAt} timeZone={event.timeZone} />
                </li>
              ))}
            </ul>
          )}
        </dd>
        {event.courseWeeks !== null && (
          <>
            <dt>{t("page.length")}</dt>
            <dd>{t("page.weeks", { count: event.courseWeeks })}</dd>
          </>
        )}
        <dt>{t("page.where")}</dt>
        <dd>
          <EventPlace {...event} />
          {event.onlineUrl && (
            <>
              {" — "}
              <a href={event.onlineUrl} rel="noopener noreferrer">
                {t("page.join")}
              </a>
            </>
          )}
        </dd>
        <dt>{t("page.language")}</dt>
        <dd>{new Intl.DisplayNames([i18n.language], { type: "language" }).of(event.language)}</dd>
        <dt>{t("page.places")}</dt>
        <dd>
          {event.capacity === null
            ? t("page.noLimit", { registered: counts.registered })
            : t("page.placesLeft", { left: placesLeft ?? 0, capacity: event.capacity })}
          {counts.waitlisted > 0 && ` ${t("page.waiting", { count: counts.waitlisted })}`}
        </dd>
      </dl>
      {event.online && !event.onlineUrl && <p className="muted">{t("page.linkForRegistered")}</p>}
      <section aria-labelledby="registration">
        <h2 id="registration">{t("page.registration")}</h2>
        {mine?.status === "registered" && <p>{t("page.youAreRegistered")}</p>}
        {mine?.status === "waitlisted" && (
          <p>{t("page.youAreWaitlisted", { position: mine.position })}</p>
        )}
        {!loaderData.signedIn ? (
          loaderData.open && (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent(`/events/${event.slug}`)}`}>
                {t("page.signInToRegister")}
              </Link>
            </p>
          )
        ) : mine ? (
          loaderData.confirmCancel ? (
            <Form method="post" className="actions">
              <p className="notice notice--warn" tabIndex={-1} ref={confirmRef}>
                {t(mine.status === "registered" ? "page.confirmCancel" : "page.confirmLeave")}
              </p>
              <button
                type="submit"
                name="intent"
                value="cancel"
                className="button button--danger"
                disabled={busy}
              >
                {t(mine.status === "registered" ? "page.cancel" : "page.leave")}
              </button>
              <Link className="button button--secondary" to={`/events/${event.slug}`}>
                {t("page.keep")}
              </Link>
            </Form>
          ) : (
            <p>
              <Link to={`/events/${event.slug}?cancel=1`}>
                {t(mine.status === "registered" ? "page.cancel" : "page.leave")}
              </Link>
            </p>
          )
        ) : !loaderData.open ? (
          <p>{t("page.closed")}</p>
        ) : !loaderData.verified ? (
          <p>{t("page.verifyFirst")}</p>
        ) : (
          <Form method="post">
            <button type="submit" name="intent" value="register" className="button" disabled={busy}>
              {placesLeft === 0 ? t("page.joinWaitlist") : t("page.register")}
            </button>
          </Form>
        )}
      </section>
      <section aria-labelledby="calendar">
        <h2 id="calendar">{t("page.addToCalendar")}</h2>
        <ul>
          <li>
            <a href={`/events/${event.slug}/calendar.ics`} download>
              {t("page.downloadIcs")}
            </a>
          </li>
          {loaderData.googleUrl && (
            <li>
              <a href={loaderData.googleUrl} rel="noopener noreferrer">
                {t("page.google")}
              </a>
            </li>
          )}
        </ul>
      </section>
      {event.descriptionHtml && (
        <section aria-labelledby="about">
          <h2 id="about">{t("page.about")}</h2>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </section>
      )}
      {units.length > 0 && (
        <section aria-labelledby="units">
          <h2 id="units">{t("page.units")}</h2>
          <ol>
            {units.map((unit) => (
              <li key={unit.week}>
                <strong>{unit.title}</strong> — {t("page.unitOpens", { week: unit.week })}{" "}
                <DateTime value={unit.opensAt} dateOnly />
              </li>
            ))}
          </ol>
        </section>
      )}
      {loaderData.canManage && (
        <section aria-labelledby="organise">
          <h2 id="organise">{t("page.organise")}</h2>
          <ul>
            <li>
              <Link to={`/events/${event.slug}/registrations`}>{t("page.registrations")}</Link>
            </li>
            {!event.cancelled && (
              <>
                <li>
                  <Link to={`/events/${event.slug}/edit`}>{t("page.edit")}</Link>
                </li>
                <li>
                  <Link to={`/events/${event.slug}/cancel`}>{t("page.cancelEvent")}</Link>
                </li>
              </>
            )}
          </ul>
        </section>
      )}
    </>
  );
}
