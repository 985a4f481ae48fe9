import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Programme › Topics (› this topic): where a topic page sits. */
export function TopicsBreadcrumb(props: { programme: { id: string; name: string } }) {
  const { t } = useTranslation("topics");
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
