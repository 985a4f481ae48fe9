import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";

/** Programme › Topics (› this topic): where a topic page sits. */
export function TopicsBreadcrumb(props: { programme: { id: string; name: string } }) {
  const t = useFixedT("topics");
  return (
    <nav aria-label={t("library.breadcrumbLabel")}>
      <p>
        <Link to={`/facilitate/programmes/${props.programme.id}`}>{props.programme.name}</Link>
        {" › "}
        <Link to={`/facilitate/programmes/${props.programme.id}/topics`}>
          {t("library.breadcrumb")}
        </Link>
      </p>
    </nav>
  );
}
