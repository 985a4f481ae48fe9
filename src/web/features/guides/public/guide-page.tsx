import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { OPEN_LICENCE } from "../../../../domain/guides/guide-licence.ts";
import { guideAuthors } from "../../../../domain/guides/published-guide.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { throwUseCaseError } from "../../../shared/http-errors.ts";
import { renderMarkdown } from "../../../shared/markdown.server.ts";
import { Authors } from "../chapter-state.tsx";
import guidesCss from "../guides.css?url";
import { PrintButton } from "../print-button.tsx";
import type { Route } from "./+types/guide-page";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: guidesCss }];

export async function loader({ context, params }: Route.LoaderArgs) {
  const result = await context.services.useCases.findPublishedGuide({ slug: params.slug });
  if (!result.ok) throwUseCaseError(result.error);
  const guide = result.value;
  return {
    guide: {
      slug: guide.slug,
      title: guide.title,
      language: guide.language,
      publishedAt: guide.publishedAt,
      roundName: guide.roundName,
      programmeName: guide.programmeName,
      summaryHtml: guide.summary.trim() ? renderMarkdown(guide.summary, 3) : "",
      authors: guideAuthors(guide),
    },
    chapters: guide.chapters.map((c, i) => ({
      anchor: `chapter-${i + 1}`,
      title: c.title,
      authors: c.authors,
      html: renderMarkdown(c.body, 3, { images: true }),
    })),
  };
}

/** The published guide: credits, licence, contents and chapters; prints as a book. */
export default function GuidePage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("guides");
  const { guide, chapters } = loaderData;
  return (
    <article className="guide-article" lang={guide.language}>
      <title>{`${guide.title} — Shelfmates`}</title>
      <h1>{guide.title}</h1>
      {guide.summaryHtml && <div dangerouslySetInnerHTML={{ __html: guide.summaryHtml }} />}
      <p className="guide-credits">
        <Authors names={guide.authors} />
      </p>
      <p className="guide-meta">
        {t("list.publishedOn")} <DateTime value={guide.publishedAt} dateOnly /> ·{" "}
        {t("list.from", { round: guide.roundName, programme: guide.programmeName })}
      </p>
      <p className="guide-licence">
        {t("licenceSentence")}{" "}
        <a href={OPEN_LICENCE.url} rel="license">
          {t("licenceLink")}
        </a>
      </p>
      <section className="guide-downloads card" aria-labelledby="downloads-heading">
        <h2 id="downloads-heading">{t("page.downloads")}</h2>
        <p className="actions">
          <a href={`/guides/${guide.slug}/guide.md`} download>
            {t("page.markdown")}
          </a>
          <a href={`/guides/${guide.slug}/guide.epub`} download>
            {t("page.epub")}
          </a>
          <PrintButton />
        </p>
      </section>
      <nav className="guide-contents" aria-labelledby="contents-heading">
        <h2 id="contents-heading">{t("contents")}</h2>
        <ol>
          {chapters.map((c) => (
            <li key={c.anchor}>
              <a href={`#${c.anchor}`}>{c.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {chapters.map((c) => (
        <section key={c.anchor} className="guide-chapter" aria-labelledby={c.anchor}>
          <h2 id={c.anchor}>{c.title}</h2>
          <p className="guide-credits">
            <Authors names={c.authors} />
          </p>
          <div dangerouslySetInnerHTML={{ __html: c.html }} />
        </section>
      ))}
    </article>
  );
}
