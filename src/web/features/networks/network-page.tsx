import { useFixedT } from "../../shared/use-fixed-t.ts";
import { PublisherEventsSection } from "../events/publisher-events-section.tsx";
import { FollowButton } from "../news/follow/follow-button.tsx";
import {
  PUBLISHER_NEWS_LIMIT,
  PublisherNewsSection,
  publisherNewsData,
} from "../news/publisher-news-section.tsx";
import { Form, Link, redirect } from "react-router";
import { formText } from "../../shared/form-data.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import { PAGE_SIZE, Pagination, pageFromUrl } from "../../shared/pagination.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { useFocusOnArrival } from "../../shared/use-focus-on-show.ts";
import { actorOf, findViewer, requestLocale, requireViewer } from "../../shared/viewer.server.ts";
import {
  NETWORK_SPOTLIGHTS_LIMIT,
  NetworkSpotlightsSection,
} from "../spotlights/network-spotlights-section.tsx";
import { toSpotlightSummary } from "../spotlights/spotlight-summary.tsx";
import {
  PUBLISHER_OPPORTUNITIES_LIMIT,
  PublisherOpportunitiesSection,
  publisherOpportunitiesData,
} from "../opportunities/publisher-opportunities-section.tsx";
import { NetworkPlace } from "./network-place.tsx";
import { namesOf } from "./option-lists.server.ts";
import type { Route } from "./+types/network-page";

/** How many coming events a network's page shows; the rest are in /events?network=… */
const NETWORK_EVENTS_LIMIT = 5;

const NOTICES = ["joined", "left", "shown", "hidden", "unverified", "proposed"] as const;

export async function loader({ request, context, params }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const url = new URL(request.url);
  const page = pageFromUrl(url);
  const result = await context.services.useCases.findNetworkPage(actorOf(viewer), {
    slug: params.slug,
    membersPage: { offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE },
  });
  if (!result.ok) throwUseCaseError(result.error);
  const { network, ...rest } = result.value;
  const locale = requestLocale(request, viewer);
  // The network's coming events, latest news and the viewer's follow, beside its page.
  const { useCases } = context.services;
  const actor = actorOf(viewer);
  const publisher = { networkId: network.id };
  const approved = network.status === "approved";
  const [events, news, follow, spotlights, opportunities] = approved
    ? await Promise.all([
        useCases.listPublisherEvents(actor, publisher, { offset: 0, limit: NETWORK_EVENTS_LIMIT }),
        useCases.listPublisherNews(actor, publisher, { offset: 0, limit: PUBLISHER_NEWS_LIMIT }),
        useCases.findNetworkFollow(actor, { networkSlug: network.slug }),
        useCases.listNetworkSpotlights({ networkId: network.id, limit: NETWORK_SPOTLIGHTS_LIMIT }),
        useCases.listPublisherOpportunities(actor, publisher, {
          offset: 0,
          limit: PUBLISHER_OPPORTUNITIES_LIMIT,
        }),
      ])
    : [null, null, null, null, null];
  const done = url.searchParams.get("done");
  return {
    ...rest,
    network: {
      id: network.id,
      slug: network.slug,
      name: network.name,
      kind: network.kind,
      status: network.status,
      declineReason: network.declineReason,
      country: network.country,
      region: network.region,
      city: network.city,
      online: network.online,
      sectors: network.sectors,
      languages: network.languages,
      websiteUrl: network.websiteUrl,
      mailingListUrl: network.mailingListUrl,
      blogUrl: network.blogUrl,
    },
    descriptionHtml: renderMarkdown(network.description, 3),
    names: namesOf(locale, [network.country], network.languages),
    page,
    signedIn: viewer !== null,
    notice: NOTICES.find((n) => n === done) ?? null,
    events,
    news: news?.ok ? publisherNewsData(news.value) : null,
    following: follow?.ok ? follow.value.following : false,
    opportunities: opportunities ? publisherOpportunitiesData(opportunities) : null,
    spotlights: spotlights && {
      total: spotlights.total,
      items: spotlights.items.map(toSpotlightSummary),
    },
  };
}

/** Join, leave, and show or hide one's membership: each a POST from a button. */
export async function action({ request, context, params }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const intent = formText(form, "intent");
  const actor = actorOf(viewer);
  const { useCases } = context.services;
  const slug = params.slug;
  const result =
    intent === "join"
      ? await useCases.joinNetwork(actor, { slug })
      : intent === "leave"
        ? await useCases.leaveNetwork(actor, { slug })
        : await useCases.setMembershipVisibility(actor, {
            slug,
            visible: intent === "show",
          });
  if (!result.ok) {
    if (result.error.code === "conflict" && result.error.reason === "unverified")
      return redirect(`/networks/${slug}?done=unverified`);
    throwUseCaseError(result.error);
  }
  const done = { join: "joined", leave: "left", show: "shown" }[intent] ?? "hidden";
  return redirect(`/networks/${slug}?done=${done}`);
}

export default function NetworkPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("networks");
  const number = useNumberFormat();
  const { network, names, membership } = loaderData;
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(loaderData.notice !== null);
  const links = (
    [
      ["websiteUrl", network.websiteUrl],
      ["mailingListUrl", network.mailingListUrl],
      ["blogUrl", network.blogUrl],
    ] as const
  ).filter(([, href]) => href);
  return (
    <>
      <title>{network.name}</title>
      <p className="breadcrumb">
        <Link to="/networks">{t("directory.title")}</Link>
      </p>
      <h1>{network.name}</h1>
      {loaderData.notice && (
        <p
          className={`notice${loaderData.notice === "unverified" ? "" : " notice--ok"}`}
          role="status"
          tabIndex={-1}
          ref={noticeRef}
        >
          {t(`page.notice.${loaderData.notice}`)}
        </p>
      )}
      {network.status !== "approved" && (
        <p className="notice" role="status">
          {network.status === "proposed"
            ? t("page.waiting")
            : t("page.declined", { reason: network.declineReason })}
        </p>
      )}
      <dl className="network-facts">
        <dt>{t("page.kind")}</dt>
        <dd>{t(`kind.${network.kind}`)}</dd>
        <dt>{t("page.place")}</dt>
        <dd>
          <NetworkPlace {...network} countryNames={names.countries} />
        </dd>
        <dt>{t("page.sectors")}</dt>
        <dd>{network.sectors.map((s) => t(`vocabulary:sector.${s}`)).join(", ")}</dd>
        <dt>{t("page.languages")}</dt>
        <dd>{network.languages.map((l) => names.languages[l] ?? l).join(", ")}</dd>
        <dt>{t("page.organisers")}</dt>
        <dd>{loaderData.organisers.map((o) => o.name).join(", ") || t("page.noOrganisers")}</dd>
        <dt>{t("page.memberCount")}</dt>
        <dd>{number.format(loaderData.memberCount)}</dd>
      </dl>
      <div className="markdown" dangerouslySetInnerHTML={{ __html: loaderData.descriptionHtml }} />
      {links.length > 0 && (
        <>
          <h2>{t("page.links")}</h2>
          <ul>
            {links.map(([key, href]) => (
              <li key={key}>
                <a href={href} rel="nofollow noopener noreferrer">
                  {t(`form.${key}`)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}

      {network.status === "approved" && (
        <section aria-labelledby="membership">
          <h2 id="membership">{t("page.membership")}</h2>
          {!loaderData.signedIn ? (
            <p>
              <Link to={`/sign-in?next=${encodeURIComponent(`/networks/${network.slug}`)}`}>
                {t("page.signInToJoin")}
              </Link>
            </p>
          ) : membership ? (
            <>
              <p>{membership.visible ? t("page.memberVisible") : t("page.memberHidden")}</p>
              <div className="actions">
                <Form method="post">
                  <input type="hidden" name="intent" value={membership.visible ? "hide" : "show"} />
                  <button type="submit" className="button button--secondary">
                    {membership.visible ? t("page.hide") : t("page.show")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="intent" value="leave" />
                  <button type="submit" className="button button--secondary">
                    {t("page.leave")}
                  </button>
                </Form>
              </div>
            </>
          ) : (
            <Form method="post">
              <input type="hidden" name="intent" value="join" />
              <p className="hint">{t("page.joinHint")}</p>
              <button type="submit" className="button">
                {t("page.join")}
              </button>
            </Form>
          )}
          <FollowButton
            networkSlug={network.slug}
            networkName={network.name}
            following={loaderData.following}
            signedIn={loaderData.signedIn}
          />
        </section>
      )}

      {loaderData.organises && (
        <p>
          <Link className="button button--secondary" to={`/networks/${network.slug}/organise`}>
            {t("page.organise")}
          </Link>
        </p>
      )}

      {loaderData.campaigns.length > 0 && (
        <section aria-labelledby="campaigns">
          <h2 id="campaigns">{t("page.campaigns")}</h2>
          <ul>
            {loaderData.campaigns.map((c) => (
              <li key={c.id}>
                <Link to={`/networks/${network.slug}/campaigns/${c.slug}`}>{c.title}</Link>{" "}
                <span className="muted">
                  {t("campaign.signatures", { count: c.confirmed, n: number.format(c.confirmed) })}
                  {c.status === "closed" ? ` · ${t("campaign.closed")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}

      {loaderData.events && (
        <PublisherEventsSection
          publisher={{ kind: "network", slug: network.slug }}
          events={loaderData.events}
        />
      )}
      {loaderData.news && <PublisherNewsSection news={loaderData.news} headingLevel={2} />}
      {loaderData.opportunities && (
        <PublisherOpportunitiesSection opportunities={loaderData.opportunities} />
      )}
      {loaderData.spotlights && (
        <NetworkSpotlightsSection networkSlug={network.slug} spotlights={loaderData.spotlights} />
      )}

      {loaderData.visibleMembers && (
        <section aria-labelledby="members">
          <h2 id="members">{t("page.members")}</h2>
          {loaderData.visibleMembers.total === 0 ? (
            <p>{t("page.noVisibleMembers")}</p>
          ) : (
            <>
              <ul>
                {loaderData.visibleMembers.items.map((m) => (
                  <li key={m.userId}>{m.name}</li>
                ))}
              </ul>
              <Pagination page={loaderData.page} total={loaderData.visibleMembers.total} />
            </>
          )}
        </section>
      )}
    </>
  );
}
