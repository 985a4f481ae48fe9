import { useFixedT } from "./use-fixed-t.ts";
import { Link } from "react-router";

/**
 * Programme › round (› one of the round's pages): where a facilitator page sits. `section`
 * is that page of the round (its applicants, its group sessions…), linked.
 */
export function RoundBreadcrumb(props: {
  programme: { id: string; name: string };
  round: { id: string; name: string };
  section?: { path: string; label: string };
}) {
  const t = useFixedT();
  return (
    <nav aria-label={t("breadcrumb")}>
      <p>
        <Link to={`/facilitate/programmes/${props.programme.id}`}>{props.programme.name}</Link>
        {" › "}
        <Link to={`/facilitate/rounds/${props.round.id}`}>{props.round.name}</Link>
        {props.section && (
          <>
            {" › "}
            <Link to={`/facilitate/rounds/${props.round.id}/${props.section.path}`}>
              {props.section.label}
            </Link>
          </>
        )}
      </p>
    </nav>
  );
}
