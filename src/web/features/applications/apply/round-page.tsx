import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { NewsFeedHead } from "../../news/news-feed-head.tsx";
import { Trans } from "react-i18next";
import { Link } from "react-router";
import { acceptsApplications } from "../../../../domain/rounds/round-status.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { findViewer, requestLocale } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/round-page";
import { RoundDateList } from "./round-dates.tsx";

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const locale = requestLocale(request, await findViewer(request, context));
  const found = await context.services.useCases.findPublicRound(params, {
    withQuestions: false,
    locale,
  });
  if (!found.ok) throwUseCaseError(found.error);
  const { programme, round, texts } = found.value;
  const now = context.services.clock.now();
  const state = acceptsApplications(round, now)
    ? ("open" as const)
    : round.status === "open" && now < round.applicationsOpenAt
      ? ("notYetOpen" as const)
      : ("closed" as const);
  return {
    programme: {
      slug: params.programmeSlug,
      name: programme.name,
      description: programme.description,
      organisation: programme.organisation,
    },
    round: {
      name: round.name,
      theme: texts.theme,
      mode: round.mode,
      groupSize: round.groupSize,
      countryCapPercent: round.countryCapPercent,
      applicationsOpenAt: round.applicationsOpenAt,
      applicationsCloseAt: round.applicationsCloseAt,
      matchingAt: round.matchingAt,
      startsAt: round.startsAt,
      endsAt: round.endsAt,
    },
    rulesHtml: texts.rulesMarkdown.trim() ? renderMarkdown(texts.rulesMarkdown, 3) : "",
    state,
    applyHref: `/p/${params.programmeSlug}/${params.roundSlug}/apply`,
    summaryHref: found.value.publicSummary
      ? `/p/${params.programmeSlug}/${params.roundSlug}/summary`
      : null,
  };
}

export default function RoundPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("applications");
  const { programme, round, state } = loaderData;
  return (
    <div className="narrow" style={{ maxWidth: "48rem", overflowWrap: "anywhere" }}>
      <title>{t("round.title", { round: round.name, programme: programme.name })}</title>
      <p className="muted" style={{ marginBottom: "0.25rem" }}>
        {programme.name}
        {programme.organisation && ` · ${programme.organisation}`}
      </p>
      <h1>{round.name}</h1>
      {round.theme && <p className="lead">{round.theme}</p>}
      <p>
        <span className="badge">{t(`vocabulary:mode.${round.mode}`)}</span>{" "}
        {t(`round.modeExplained.${round.mode}`, { size: round.groupSize ?? 4 })}
      </p>
      {programme.description && <p>{programme.description}</p>}
      {loaderData.summaryHref && (
        <p>
          <Link to={loaderData.summaryHref}>{t("reports:public.link")}</Link>
        </p>
      )}
      {/* The programme's news and events (issue 14): its feeds in the head, links here. */}
      <NewsFeedHead
        publisher={{ kind: "programme", slug: programme.slug }}
        title={programme.name}
      />
      <p>
        <Link to={`/news?programme=${encodeURIComponent(programme.slug)}`}>
          {t("round.programmeNews")}
        </Link>{" "}
        ·{" "}
        <a href={`/programmes/${encodeURIComponent(programme.slug)}/events.ics`}>
          {t("round.programmeCalendar")}
        </a>
      </p>
      <ApplyCallout state={state} href={loaderData.applyHref} round={round} />
      <h2>{t("round.dates")}</h2>
      <RoundDateList round={round} />
      {round.countryCapPercent !== null && (
        <>
          <h2>{t("round.countryCapTitle")}</h2>
          <p>{t("round.countryCap", { percent: round.countryCapPercent })}</p>
        </>
      )}
      {loaderData.rulesHtml && (
        <section aria-labelledby="rules">
          <h2 id="rules">{t("round.rules")}</h2>
          <div className="markdown" dangerouslySetInnerHTML={{ __html: loaderData.rulesHtml }} />
        </section>
      )}
      {state === "open" && (
        <p className="actions">
          <Link className="button" to={loaderData.applyHref}>
            {t("round.apply")}
          </Link>
        </p>
      )}
    </div>
  );
}

function ApplyCallout({
  state,
  href,
  round,
}: {
  state: "open" | "notYetOpen" | "closed";
  href: string;
  round: { name: string; applicationsOpenAt: Date; applicationsCloseAt: Date };
}) {
  const t = useFixedT("applications");
  if (state === "notYetOpen") {
    return (
      <p className="notice">
        <Trans
          t={t}
          i18nKey="round.notYetOpen"
          components={{ date: <DateTime value={round.applicationsOpenAt} /> }}
        />
      </p>
    );
  }
  if (state === "closed") return <p className="notice notice--warn">{t("round.closed")}</p>;
  return (
    <div className="notice notice--ok">
      <p style={{ marginTop: 0 }}>
        <Trans
          t={t}
          i18nKey="round.openUntil"
          components={{ date: <DateTime value={round.applicationsCloseAt} /> }}
        />{" "}
        {t("round.applyHint")}
      </p>
      <Link className="button" to={href}>
        {t("round.apply")}
      </Link>
    </div>
  );
}
