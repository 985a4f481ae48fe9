import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Trans } from "react-i18next";
import { Form, Link } from "react-router";
import type { FieldError } from "../../../domain/field-errors.ts";
import type { RoundReport } from "../../../domain/reports/round-report.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { fieldIds, useErrorMessage } from "../../shared/field.tsx";

/** Publish a finished round's public summary (opt-in, confirmed), or take it down. */
export function PublicSummaryPanel(props: {
  report: RoundReport;
  publicPath: string;
  error: FieldError | undefined;
  notice: "published" | "unpublished" | "notAllowed" | null;
}) {
  const t = useFixedT("reports");
  const { publishedAt, canPublish } = props.report.publicSummary;
  const message = useErrorMessage()(props.error);
  const ids = fieldIds("confirm");
  return (
    <section aria-labelledby="public-summary" className="report-section no-print">
      <h2 id="public-summary">{t("sections.publicSummary")}</h2>
      {props.notice && (
        <p
          className={`notice ${props.notice === "notAllowed" ? "notice--error" : "notice--ok"}`}
          role="status"
        >
          {t(`publicSummary.${props.notice}`)}
        </p>
      )}
      <p>{t("publicSummary.explain")}</p>
      <p>
        <Link to={`/facilitate/rounds/${props.report.round.id}/summary-preview`}>
          {t("publicSummary.preview")}
        </Link>
      </p>
      {publishedAt ? (
        <>
          <p>
            <Trans
              t={t}
              i18nKey="publicSummary.publishedOn"
              components={{ date: <DateTime value={publishedAt} /> }}
            />{" "}
            <Link to={props.publicPath}>{t("publicSummary.open")}</Link>
          </p>
          <Form method="post">
            <input type="hidden" name="intent" value="unpublish" />
            <button type="submit" className="button button--secondary">
              {t("publicSummary.unpublish")}
            </button>
          </Form>
        </>
      ) : !canPublish ? (
        <p className="notice">
          {props.report.matching ? t("publicSummary.notFinished") : t("publicSummary.notMatched")}
        </p>
      ) : (
        <Form method="post" className="card">
          <input type="hidden" name="intent" value="publish" />
          <div className={`field${message ? " field--error" : ""}`}>
            {message && (
              <span className="error-text" id={ids.errorId}>
                {message}
              </span>
            )}
            <div className="choice">
              <input
                type="checkbox"
                id={ids.id}
                name="confirm"
                value="yes"
                aria-describedby={message ? ids.errorId : undefined}
                aria-invalid={message ? true : undefined}
              />
              <label htmlFor={ids.id}>{t("publicSummary.confirm")}</label>
            </div>
          </div>
          <button type="submit" className="button">
            {t("publicSummary.publish")}
          </button>
        </Form>
      )}
    </section>
  );
}
