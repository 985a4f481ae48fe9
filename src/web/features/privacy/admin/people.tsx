import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { Field } from "../../../shared/field.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../../shared/pagination.tsx";
import { TableScroll } from "../../../shared/table-scroll.tsx";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/people";

/** People (administrators; anyone else gets 404): find someone to end sessions or erase. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const search = url.searchParams.get("q") ?? "";
  const result = await context.services.useCases.listPeopleForAdministrator(actorOf(viewer), {
    search,
    page: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  return { page, search, ...result.value };
}

export default function People({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("privacy");
  return (
    <>
      <title>{t("people.title")}</title>
      <h1>{t("people.title")}</h1>
      <p>{t("people.intro")}</p>
      <form method="get" className="filters" role="search">
        <Field name="q" label={t("people.search")}>
          {(control) => (
            <input {...control} type="search" defaultValue={loaderData.search} maxLength={200} />
          )}
        </Field>
        <button type="submit" className="button button--secondary">
          {t("people.searchButton")}
        </button>
      </form>
      {loaderData.items.length === 0 ? (
        <p className="notice">{t("people.empty")}</p>
      ) : (
        <TableScroll label={t("people.title")}>
          <table>
            <caption className="visually-hidden">{t("people.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("people.column.name")}</th>
                <th scope="col">{t("people.column.email")}</th>
                <th scope="col">{t("people.column.role")}</th>
                <th scope="col">{t("people.column.sessions")}</th>
                <th scope="col">{t("people.column.since")}</th>
              </tr>
            </thead>
            <tbody>
              {loaderData.items.map((person) => (
                <tr key={person.id}>
                  <td>
                    <Link to={`/admin/people/${person.id}`}>
                      <bdi>{person.name.trim() || t("people.unnamed")}</bdi>
                    </Link>
                  </td>
                  <td>{person.email}</td>
                  <td>{t(`people.role.${person.role}`)}</td>
                  <td>{person.sessions}</td>
                  <td>
                    <DateTime value={person.createdAt} dateOnly />
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
