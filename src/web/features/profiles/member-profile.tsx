import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { countryName } from "../../../domain/vocabulary/countries.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { actorOf, findViewer, requestLocale } from "../../shared/viewer.server.ts";
import { SpotlightSummary, toSpotlightSummary } from "../spotlights/spotlight-summary.tsx";
import type { Route } from "./+types/member-profile";

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.getMemberProfile(actorOf(viewer), {
    userId: params.userId,
    spotlightsPage: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { profile, isOwner, networks, programmes, spotlights, opportunities } = result.value;
  const locale = requestLocale(request, viewer);
  return {
    profile: {
      userId: profile.userId,
      name: profile.name,
      visibility: profile.visibility,
      headline: profile.headline,
      country: profile.country ? countryName(profile.country, locale) : "",
      sector: profile.sector,
      openToMentoring: profile.openToMentoring,
      lookingForMentor: profile.lookingForMentor,
    },
    bioHtml: profile.bio ? renderMarkdown(profile.bio, 3, { images: true }) : "",
    isOwner,
    signedIn: viewer !== null,
    networks,
    programmes,
    opportunities,
    page,
    spotlights: { total: spotlights.total, items: spotlights.items.map(toSpotlightSummary) },
    saved: url.searchParams.get("done") === "saved",
  };
}

/** /members/<id>: a member's profile, as the member chose to show it. */
export default function MemberProfile({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("profiles");
  const { profile, isOwner } = loaderData;
  const facts = [
    profile.country,
    profile.sector ? t(`vocabulary:sector.${profile.sector}`) : "",
  ].filter(Boolean);
  return (
    <>
      <title>{`${profile.name} — Shelfmates`}</title>
      {loaderData.signedIn && (
        <p className="breadcrumb">
          <Link to="/members">{t("directory.title")}</Link>
        </p>
      )}
      <h1>{profile.name}</h1>
      {loaderData.saved && (
        <p className="notice notice--ok" role="status">
          {t("edit.saved")}
        </p>
      )}
      {isOwner && (
        <p className="notice" role="status">
          {t(`profile.ownerNote.${profile.visibility}`)}{" "}
          <Link to="/account/profile">{t("profile.edit")}</Link>
        </p>
      )}
      {profile.headline && <p className="lead">{profile.headline}</p>}
      {facts.length > 0 && <p className="muted">{facts.join(" · ")}</p>}
      {(profile.openToMentoring || profile.lookingForMentor) && (
        <ul>
          {profile.openToMentoring && <li>{t("profile.openToMentoring")}</li>}
          {profile.lookingForMentor && <li>{t("profile.lookingForMentor")}</li>}
        </ul>
      )}
      {loaderData.bioHtml && (
        <div className="markdown" dangerouslySetInnerHTML={{ __html: loaderData.bioHtml }} />
      )}
      {loaderData.signedIn && !isOwner && (
        <p>
          <Link
            className="button button--secondary"
            to={`/spotlights/new?member=${profile.userId}`}
          >
            {t("profile.spotlightThem", { name: profile.name })}
          </Link>
        </p>
      )}

      <section aria-labelledby="profile-networks">
        <h2 id="profile-networks">{t("profile.networks")}</h2>
        {loaderData.networks.length === 0 ? (
          <p>{t("profile.noNetworks")}</p>
        ) : (
          <ul>
            {loaderData.networks.map((n) => (
              <li key={n.slug}>
                <Link to={`/networks/${n.slug}`}>{n.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="profile-programmes">
        <h2 id="profile-programmes">{t("profile.programmes")}</h2>
        {loaderData.programmes.length === 0 ? (
          <p>{t("profile.noProgrammes")}</p>
        ) : (
          <ul>
            {loaderData.programmes.map((p, i) => (
              <li key={i}>
                {t("profile.programme", { programme: p.programmeName, round: p.roundName })}{" "}
                <span className="muted">
                  (<DateTime value={p.endsAt} dateOnly />)
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="profile-spotlights">
        <h2 id="profile-spotlights">{t("profile.spotlights")}</h2>
        {loaderData.spotlights.total === 0 ? (
          <p>{t("profile.noSpotlights")}</p>
        ) : (
          <>
            {loaderData.spotlights.items.map((s) => (
              <SpotlightSummary key={s.id} spotlight={s} headingLevel={3} />
            ))}
            <Pagination page={loaderData.page} total={loaderData.spotlights.total} />
          </>
        )}
      </section>

      <section aria-labelledby="profile-opportunities">
        <h2 id="profile-opportunities">{t("profile.opportunities")}</h2>
        {loaderData.opportunities.length === 0 ? (
          <p>{t("profile.noOpportunities")}</p>
        ) : (
          <ul>
            {loaderData.opportunities.map((o, i) => (
              <li key={i}>
                {t("profile.opportunity", { title: o.title, organiser: o.organiserName })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
