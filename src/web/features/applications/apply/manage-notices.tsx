import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Trans } from "react-i18next";
import { DateTime } from "../../../shared/date-time.tsx";
import type { Route } from "./+types/manage-application";

type ManageData = Route.ComponentProps["loaderData"];

/** What just happened: submitted, saved, withdrawn, or refused because applications closed. */
export function ManageNotices({ data, closedNow }: { data: ManageData; closedNow: boolean }) {
  const t = useFixedT("applications");
  if (closedNow)
    return (
      <p className="notice notice--error" role="alert">
        {t("manage.closedNow")}
      </p>
    );
  switch (data.notice) {
    case "submitted":
      return (
        <div className="notice notice--ok" role="status">
          <p style={{ margin: 0 }}>
            <strong>{t("manage.submitted")}</strong>{" "}
            {t("manage.emailSent", { email: data.values.email })}
          </p>
        </div>
      );
    case "saved":
      return (
        <p className="notice notice--ok" role="status">
          {t("manage.saved")}
        </p>
      );
    case "withdrawn":
      return (
        <p className="notice notice--ok" role="status">
          {t("manage.withdrawnNotice")}
        </p>
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
