import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Trans } from "react-i18next";
import { useLocation } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { useFocusOnShow } from "../../../shared/use-focus-on-show.ts";
import type { Route } from "./+types/manage-application";

type ManageData = Route.ComponentProps["loaderData"];

/** What just happened: submitted, saved, withdrawn, or refused because applications closed. */
export function ManageNotices({ data, closedNow }: { data: ManageData; closedNow: boolean }) {
  const t = useFixedT("applications");
  // The page is reached by a redirect after the post: focus goes to what happened, so a screen
  // reader reads it (a status already on a page that loads is not announced) and Tab goes on
  // from there.
  const location = useLocation();
  const ref = useFocusOnShow<HTMLDivElement>(closedNow || data.notice ? location.key : null);
  if (closedNow)
    return (
      <div className="notice notice--error" role="alert" tabIndex={-1} ref={ref}>
        {t("manage.closedNow")}
      </div>
    );
  switch (data.notice) {
    case "submitted":
      return (
        <div className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
          <p style={{ margin: 0 }}>
            <strong>{t("manage.submitted")}</strong>{" "}
            {t("manage.emailSent", { email: data.values.email })}
          </p>
        </div>
      );
    case "saved":
      return (
        <div className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
          {t("manage.saved")}
        </div>
      );
    case "withdrawn":
      return (
        <div className="notice notice--ok" role="status" tabIndex={-1} ref={ref}>
          {t("manage.withdrawnNotice")}
        </div>
      );
    default:
      return null;
  }
}

/** Where the application stands, why, and until when it can change. */
export function ManageStatus({ data }: { data: ManageData }) {
  const t = useFixedT("applications");
  const cap = data.status === "waitlisted" && data.waitlistReason === "country_cap";
  return (
    <>
      <p>
        {t("manage.status")} <span className="badge">{t(`vocabulary:status.${data.status}`)}</span>{" "}
        <span className="muted">
          <Trans
            t={t}
            i18nKey="manage.appliedOn"
            components={{ date: <DateTime value={data.createdAt} /> }}
          />
        </span>
      </p>
      {cap && (
        <div className="notice notice--warn">
          <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{t("manage.waitlistedTitle")}</h2>
          <p style={{ marginBottom: 0 }}>
            {t("manage.waitlistedCountryCap", {
              percent: data.round.countryCapPercent ?? 0,
              country: data.names.country,
            })}
          </p>
        </div>
      )}
      {data.decisionMessage && (
        <div className="notice">
          <h2 style={{ marginTop: 0, fontSize: "1.1rem" }}>{t("manage.decisionMessage")}</h2>
          <p style={{ marginBottom: 0, whiteSpace: "pre-wrap" }}>{data.decisionMessage}</p>
        </div>
      )}
      {data.status === "withdrawn" ? (
        data.withdrawnAt && (
          <p>
            <Trans
              t={t}
              i18nKey="manage.withdrawnOn"
              components={{ date: <DateTime value={data.withdrawnAt} /> }}
            />
          </p>
        )
      ) : data.canChange ? (
        <p>
          <Trans
            t={t}
            i18nKey="manage.changeUntil"
            components={{ date: <DateTime value={data.round.applicationsCloseAt} /> }}
          />
        </p>
      ) : (
        <p className="notice">{t("manage.readOnly")}</p>
      )}
    </>
  );
}
