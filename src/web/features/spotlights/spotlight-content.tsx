import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { ShownSpotlight } from "../../../use-cases/spotlights/spotlight-ports.ts";

/** What a spotlight's page and its answer link show of it (serialisable). */
export interface SpotlightContentData {
  id: string;
  title: string;
  bodyHtml: string;
  linkUrl: string;
  imageUrl: string;
  imageAlt: string;
  status: ShownSpotlight["status"];
  author: { name: string; profileId: string | null };
  subject: { name: string; profileId: string | null };
  answeredAt: Date | null;
  createdAt: Date;
  thanksCount: number;
}

function Person(props: { person: SpotlightContentData["author"] }) {
  const { person } = props;
  return person.profileId ? (
    <Link to={`/members/${person.profileId}`}>{person.name}</Link>
  ) : (
    <>{person.name}</>
  );
}

/** The spotlight itself: who wrote it about whom, its image, text and link. */
export function SpotlightContent(props: { spotlight: SpotlightContentData }) {
  const t = useFixedT("spotlights");
  const s = props.spotlight;
  return (
    <article>
      <p className="muted">
        {t("page.by")} <Person person={s.author} /> · {t("page.about")}{" "}
        <Person person={s.subject} />
      </p>
      {s.imageUrl && (
        <figure className="spotlight-image">
          <img src={s.imageUrl} alt={s.imageAlt} loading="lazy" style={{ maxWidth: "100%" }} />
        </figure>
      )}
      <div className="markdown" dangerouslySetInnerHTML={{ __html: s.bodyHtml }} />
      {s.linkUrl && (
        <p>
          <a href={s.linkUrl} rel="nofollow noopener noreferrer">
            {t("page.link")}
          </a>
        </p>
      )}
    </article>
  );
}
