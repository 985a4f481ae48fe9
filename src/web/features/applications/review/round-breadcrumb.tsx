import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Programme › round (› applicants): where a facilitator page sits. */
export function RoundBreadcrumb(props: {
  programme: { id: string; name: string };
  round: { id: string; name: string };
  applicants?: boolean;
}) {
  const { t } = useTranslation("applications");
  return (
    <nav aria-label={t("breadcrumb")}>
      <p>
        <Link to={`/facilitate/programmes/${props.programme.id}`}>{props.programme.name}</Link>
        {" › "}
        <Link to={`/facilitate/rounds/${props.round.id}`}>{props.round.name}</Link>
        {props.applicants && (
          <>
            {" › "}
            <Link to={`/facilitate/rounds/${props.round.id}/applicants`}>{t("list.title")}</Link>
          </>
        )}
      </p>
    </nav>
  );
}
