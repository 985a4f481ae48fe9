import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";
import { findViewer, requestLocale } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/home";

export async function loader({ request, context }: Route.LoaderArgs) {
  const { services } = context;
  const rounds = await services.useCases.listPublicRounds(
    requestLocale(request, await findViewer(request, context)),
  );
  return {
    rounds: rounds.map((r) => ({
      href: `/p/${r.programmeSlug}/${r.slug}`,
      name: r.name,
      theme: r.theme,
      programmeName: r.programmeName,
      status: r.status,
      mode: r.mode,
      applicationsCloseAt: r.applicationsCloseAt,
    })),
  };
}

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useFixedT();
  const open = loaderData.rounds.filter((r) => r.status === "open");
  const others = loaderData.rounds.filter((r) => r.status !== "open");
  return (
    <>
      <title>{t("home.title")}</title>
      <h1>{t("home.title")}</h1>
      <p className="lead">{t("home.lead")}</p>
      <h2>{t("home.openRounds")}</h2>
      {open.length === 0 ? (
        <p>{t("home.noRounds")}</p>
      ) : (
        <div className="cards">
          {open.map((round) => (
            <article className="card" key={round.href}>
              <h3>
                <Link to={round.href}>
                  {round.programmeName}: {round.name}
                </Link>
              </h3>
              {round.theme && <p>{round.theme}</p>}
              <p className="muted">
                <span className="badge">{t(`vocabulary:mode.${round.mode}`)}</span>{" "}
                {t("home.closes")} <DateTime value={round.applicationsCloseAt} />
              </p>
            </article>
          ))}
        </div>
      )}
      {others.length > 0 && (
        <>
          <h2>{t("home.otherRounds")}</h2>
          <ul>
            {others.map((round) => (
              <li key={round.href}>
                <Link to={round.href}>
                  {round.programmeName}: {round.name}
                </Link>{" "}
                <span className="badge">{t(`vocabulary:roundStatus.${round.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
