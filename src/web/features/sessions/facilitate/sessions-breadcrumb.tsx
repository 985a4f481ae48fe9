import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Programme › round (› group sessions): where a facilitator's session page sits. */
export function SessionsBreadcrumb(props: {
  programme: { id: string; name: string };
  round: { id: string; name: string };
  sessions?: boolean;
}) {
  const { t } = useTranslation("sessions");
  return (
    <nav aria-label={t("breadcrumb")}>
      <p>
        <Link to={`/facilitate/programmes/${props.programme.id}`}>{props.programme.name}</Link>
        {" › "}
        <Link to={`/facilitate/rounds/${props.round.id}`}>{props.round.name}</Link>
        {props.sessions && (
          <>
            {" › "}
            <Link to={`/facilitate/rounds/${props.round.id}/sessions`}>{t("list.title")}</Link>
          </>
        )}
      </p>
    </nav>
  );
}
