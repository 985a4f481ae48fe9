import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { formText } from "../../../shared/form-data.ts";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import { actorOf, requireViewer } from "../../../shared/viewer.server.ts";
import type { Route } from "./+types/my-calendar-feed";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const feed = await context.services.useCases.findMyCalendarFeed(actorOf(viewer));
  const confirmRevoke = new URL(request.url).searchParams.get("revoke") === "1";
  return { ...feed, confirmRevoke };
}

export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const intent = formText(await request.formData(), "intent");
  if (intent === "revoke") {
    await context.services.useCases.revokeMyCalendarFeed(actorOf(viewer));
    return { url: null, revoked: true };
  }
  const { url } = await context.services.useCases.createMyCalendarFeed(actorOf(viewer));
  return { url, revoked: false };
}

/**
 * A member's personal calendar address: the events they registered for, for their calendar
 * app. The address is shown once (only its hash is kept); a new one or revoking ends the old.
 */
export default function MyCalendarFeed({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("events");
  const active = actionData ? Boolean(actionData.url) : loaderData.active;
  // After a post, focus goes to its answer: the new address (selected, ready to copy) or the
  // notice that the old one is revoked.
  const revokedRef = useFocusOnShow<HTMLParagraphElement>(actionData);
  const urlRef = useFocusOnShow<HTMLInputElement>(actionData);
  return (
    <>
      <title>{t("feed.title")}</title>
      <p>
        <Link to="/account">{t("feed.back")}</Link>
      </p>
      <h1>{t("feed.title")}</h1>
      <p>{t("feed.intro")}</p>
      {actionData?.revoked && (
        <p className="notice notice--ok" role="status" tabIndex={-1} ref={revokedRef}>
          {t("feed.revoked")}
        </p>
      )}
      {actionData?.url ? (
        <div className="field">
          <label htmlFor="feed-url">{t("feed.address")}</label>
          <span className="hint" id="feed-url-hint">
            {t("feed.copyHint")}
          </span>
          <input
            id="feed-url"
            type="text"
            readOnly
            value={actionData.url}
            ref={urlRef}
            aria-describedby="feed-url-hint"
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : (
        active &&
        loaderData.createdAt && (
          <p>
            {t("feed.activeSince")} <DateTime value={loaderData.createdAt} />
          </p>
        )
      )}
      {!active && !actionData?.url && <p className="empty">{t("feed.none")}</p>}
      <Form method="post" className="actions">
        <button type="submit" name="intent" value="create" className="button">
          {active ? t("feed.replace") : t("feed.create")}
        </button>
      </Form>
      {active &&
        (loaderData.confirmRevoke && !actionData ? (
          <Form method="post" className="actions">
            <p className="notice notice--warn">{t("feed.confirmRevoke")}</p>
            <button type="submit" name="intent" value="revoke" className="button button--danger">
              {t("feed.revoke")}
            </button>
            <Link className="button button--secondary" to="/account/calendar">
              {t("feed.keep")}
            </Link>
          </Form>
        ) : (
          <p>
            <Link to="/account/calendar?revoke=1">{t("feed.revoke")}</Link>
          </p>
        ))}
    </>
  );
}
