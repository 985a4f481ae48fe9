import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/person";

/** One person as an administrator sees them, with the two actions (each confirmed first). */
export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const result = await context.services.useCases.findPersonForAdministrator(
    actorOf(viewer),
    params.userId,
  );
  if (!result.ok) throwUseCaseError(result.error);
  const url = new URL(request.url);
  const ended = url.searchParams.get("ended");
  return {
    person: result.value,
    self: result.value.id === viewer.id,
    ended: ended === null ? null : Number(ended) || 0,
  };
}

export default function Person({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  const { person } = loaderData;
  const name = person.name.trim() || t("people.unnamed");
  return (
    <>
      <title>{name}</title>
      <p>
        <Link to="/admin/people">{t("people.back")}</Link>
      </p>
      <h1>
        <bdi>{name}</bdi>
      </h1>
      {loaderData.ended !== null && (
        <p className="notice notice--ok" role="status">
          {t("endSessions.done", { count: loaderData.ended })}
        </p>
      )}
      <dl className="details">
        <dt>{t("people.column.email")}</dt>
        <dd>
          {person.email} ({person.emailVerified ? t("people.verified") : t("people.notVerified")})
        </dd>
        <dt>{t("people.column.role")}</dt>
        <dd>{t(`people.role.${person.role}`)}</dd>
        <dt>{t("people.column.since")}</dt>
        <dd>
          <DateTime value={person.createdAt} dateOnly />
        </dd>
        <dt>{t("people.column.sessions")}</dt>
        <dd>{t("people.sessions", { count: person.sessions })}</dd>
      </dl>
      <ul>
        <li>
          <Link to={`/admin/people/${person.id}/sessions`}>{t("people.endSessions")}</Link>
        </li>
        <li>
          {person.role === "admin" ? (
            t("people.adminNotErased")
          ) : (
            <Link to={`/admin/people/${person.id}/erase`}>{t("people.erase")}</Link>
          )}
        </li>
      </ul>
    </>
  );
}
