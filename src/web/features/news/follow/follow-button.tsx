import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link, useLocation, useNavigation } from "react-router";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";

/**
 * Follow or stop following a network (its new events and news in a weekly digest). For the
 * network page: give it the slug and `findNetworkFollow`'s answer; a visitor who is not
 * signed in gets a link to sign in. After the POST the page is shown again with
 * ?followed=1 or ?followed=0, which this button announces.
 */
export function FollowButton(props: {
  networkSlug: string;
  networkName: string;
  following: boolean;
  signedIn: boolean;
}) {
  const t = useFixedT("news");
  const location = useLocation();
  const busy = useNavigation().state === "submitting";
  const returnTo = location.pathname;
  const just = new URLSearchParams(location.search).get("followed");
  const justRef = useFocusOnArrival<HTMLParagraphElement>(just !== null);
  if (!props.signedIn)
    return (
      <p>
        <Link to={`/sign-in?next=${encodeURIComponent(returnTo)}`}>{t("follow.signIn")}</Link>
      </p>
    );
  return (
    <Form method="post" action={`/networks/${props.networkSlug}/follow`} className="follow">
      {just !== null && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={justRef}>
          {t(just === "1" ? "follow.followed" : "follow.unfollowed", { name: props.networkName })}
        </p>
      )}
      <p className="hint">{t(props.following ? "follow.following" : "follow.hint")}</p>
      <input type="hidden" name="follow" value={props.following ? "0" : "1"} />
      <input type="hidden" name="returnTo" value={returnTo} />
      <button
        type="submit"
        className={props.following ? "button button--secondary" : "button"}
        disabled={busy}
      >
        {t(props.following ? "follow.unfollow" : "follow.follow")}
      </button>
    </Form>
  );
}
