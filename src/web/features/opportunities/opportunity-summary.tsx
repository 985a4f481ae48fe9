import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import { DateTime } from "../../shared/date-time.tsx";

export interface OpportunitySummaryData {
  id: string;
  title: string;
  kind: string;
  deadline: Date;
  publisherName: string;
}

/** The serialisable part of an opportunity a listing shows. */
export function toOpportunitySummary(o: {
  id: string;
  title: string;
  kind: string;
  deadline: Date;
  publisher: { name: string };
}): OpportunitySummaryData {
  return {
    id: o.id,
    title: o.title,
    kind: o.kind,
    deadline: o.deadline,
    publisherName: o.publisher.name,
  };
}

/** One opportunity in a list: its title, kind, who posts it and its deadline (reader's clock). */
export function OpportunitySummary(props: {
  opportunity: OpportunitySummaryData;
  headingLevel: 2 | 3;
}) {
  const t = useFixedT("opportunities");
  const { opportunity } = props;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  return (
    <li className="card">
      <Heading>
        <Link to={`/opportunities/${opportunity.id}`}>{opportunity.title}</Link>
      </Heading>
      <p>
        <span className="badge">{t(`kind.${opportunity.kind}`)}</span>{" "}
        <span className="muted">
          <bdi>{opportunity.publisherName}</bdi>
        </span>
      </p>
      <p>
        {t("summary.deadline")} <DateTime value={opportunity.deadline} />
      </p>
    </li>
  );
}
