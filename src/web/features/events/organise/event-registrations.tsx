import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { TableScroll } from "../../../shared/table-scroll.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/event-registrations";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const list = url.searchParams.get("list") === "waitlisted" ? "waitlisted" : "registered";
  const page = pageFromUrl(url);
  const paged = { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE };
  const first = { offset: 0, limit: 0 };
  const result = await context.services.useCases.listEventRegistrations(actorOf(viewer), {
    slug: params.slug,
    registered: list === "registered" ? paged : first,
    waitlisted: list === "waitlisted" ? paged : first,
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { event, counts } = result.value;
  const people = result.value[list];
  return {
    event: { slug: event.slug, title: event.title, capacity: event.capacity },
    counts,
    list,
    page,
    total: people.total,
    people: people.items.map((p, i) => ({
      position: paged.offset + i + 1,
      name: p.name,
      email: p.email,
      createdAt: p.createdAt,
    })),
  };
}

/** Who registered, and the waitlist in the order it moves up (the organiser's view). */
export default function EventRegistrations({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("events");
  const { event, counts, list, people } = loaderData;
  const base = `/events/${event.slug}/registrations`;
  return (
    <>
      <title>{`${t("registrations.title")} — ${event.title}`}</title>
      <p className="breadcrumb">
        <Link to={`/events/${event.slug}`}>{event.title}</Link>
      </p>
      <h1>{t("registrations.title")}</h1>
      <p>
        {event.capacity === null
          ? t("registrations.summaryNoLimit", { registered: counts.registered })
          : t("registrations.summary", {
              registered: counts.registered,
              capacity: event.capacity,
              waitlisted: counts.waitlisted,
            })}
      </p>
      <nav aria-label={t("registrations.lists")} className="tabs">
        <ul>
          <li>
            <Link to={base} aria-current={list === "registered" ? "page" : undefined}>
              {t("registrations.registered", { count: counts.registered })}
            </Link>
          </li>
          <li>
            <Link
              to={`${base}?list=waitlisted`}
              aria-current={list === "waitlisted" ? "page" : undefined}
            >
              {t("registrations.waitlisted", { count: counts.waitlisted })}
            </Link>
          </li>
        </ul>
      </nav>
      {people.length === 0 ? (
        <p className="empty">{t(`registrations.empty.${list}`)}</p>
      ) : (
        <TableScroll label={t(`registrations.caption.${list}`)}>
          <table>
            <caption>{t(`registrations.caption.${list}`)}</caption>
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t("registrations.name")}</th>
                <th scope="col">{t("registrations.email")}</th>
                <th scope="col">{t("registrations.since")}</th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.email}>
                  <td>{p.position}</td>
                  <td>{p.name}</td>
                  <td>{p.email}</td>
                  <td>
                    <DateTime value={p.createdAt} />
                  </td>
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
