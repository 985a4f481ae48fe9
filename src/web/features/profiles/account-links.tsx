import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";

/** The account page's links to the member's profile and spotlights (issue 15). */
export function PayItForwardLinks(props: { userId: string }) {
  const t = useFixedT("profiles");
  return (
    <nav aria-labelledby="account-pay-it-forward">
      <h2 id="account-pay-it-forward">{t("account.heading")}</h2>
      <ul>
        <li>
          <Link to={`/members/${props.userId}`}>{t("account.myProfile")}</Link>
        </li>
        <li>
          <Link to="/account/profile">{t("account.editProfile")}</Link>
        </li>
        <li>
          <Link to="/spotlights/mine">{t("account.mySpotlights")}</Link>
        </li>
        <li>
          <Link to="/members">{t("account.directory")}</Link>
        </li>
      </ul>
    </nav>
  );
}
