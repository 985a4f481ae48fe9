import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/programmes";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const page = pageFromUrl(new URL(request.url));
  const result = await context.services.useCases.listProgrammesForFacilitator(actorOf(viewer), {
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  return {
    page,
    total: result.programmes.total,
    canCreate: result.canCreate,
    programmes: result.programmes.items.map((p) => ({
      id: p.id,
      name: p.name,
      organisation: p.organisation,
    })),
  };
}

export default function FacilitateHome({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("programmes");
  return (
    <>
      <title>{t("home.title")}</title>
      <h1>{t("home.title")}</h1>
      {loaderData.programmes.length === 0 ? (
        <p>{loaderData.canCreate ? t("home.emptyCanCreate") : t("home.empty")}</p>
      ) : (
        <ul className="cards" aria-label={t("home.listLabel")}>
          {loaderData.programmes.map((p) => (
            <li className="card" key={p.id}>
              <h2>
                <Link to={`/facilitate/programmes/${p.id}`}>{p.name}</Link>
              </h2>
              {p.organisation && <p className="muted">{p.organisation}</p>}
            </li>
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} total={loaderData.total} />
      {loaderData.canCreate && (
        <p>
          <Link className="button" to="/facilitate/programmes/new">
            {t("home.create")}
          </Link>
        </p>
      )}
    </>
  );
}
