import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { ShownSpotlight } from "../../../use-cases/spotlights/spotlight-ports.ts";
import { DateTime } from "../../shared/date-time.tsx";

/** What a listing shows of a spotlight (serialisable: loaders send exactly this). */
export interface SpotlightSummaryData {
  id: string;
  title: string;
  authorName: string;
  subjectName: string;
  status: ShownSpotlight["status"];
  /** When the colleague agreed (published), else when it was written. */
  at: Date;
  thanksCount: number;
}

export function toSpotlightSummary(spotlight: ShownSpotlight): SpotlightSummaryData {
  return {
    id: spotlight.id,
    title: spotlight.title,
    authorName: spotlight.authorName,
    subjectName: spotlight.subjectName,
    status: spotlight.status,
    at: spotlight.answeredAt ?? spotlight.createdAt,
    thanksCount: spotlight.thanksCount,
  };
}

/** One spotlight in a list: its title (the link), who wrote it about whom, when, its thanks. */
export function SpotlightSummary(props: {
  spotlight: SpotlightSummaryData;
  headingLevel: 2 | 3 | 4;
  showStatus?: boolean;
}) {
  const t = useFixedT("spotlights");
  const { spotlight } = props;
  const Heading = (["h2", "h3", "h4"] as const)[props.headingLevel - 2]!;
  return (
    <article className="card">
      <Heading>
        <Link to={`/spotlights/${spotlight.id}`}>{spotlight.title}</Link>
      </Heading>
      <p className="muted">
        {t("byline", { author: spotlight.authorName, subject: spotlight.subjectName })}
        {" · "}
        <DateTime value={spotlight.at} dateOnly />
        {spotlight.status === "published" && (
          <>
            {" · "}
            {t("thanks.count", { count: spotlight.thanksCount })}
          </>
        )}
        {props.showStatus && (
          <>
            {" · "}
            <strong>{t(`status.${spotlight.status}`)}</strong>
          </>
        )}
      </p>
    </article>
  );
}
