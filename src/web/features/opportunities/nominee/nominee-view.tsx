import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import type { NominationForNominee } from "../../../../use-cases/opportunities/nomination-for-nominee.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { useFocusOnArrival } from "../../../shared/use-focus-on-show.ts";

/**
 * The nominee's view of a nomination of them, from the emailed link or signed in: who
 * nominated them, for what and why; accept, or decline after confirming. `here` is the page's
 * own address (the confirmation is `?confirm=decline` on it, so it works without scripts).
 */
export function NomineeView(props: {
  nomination: NominationForNominee;
  here: string;
  confirmDecline: boolean;
  notice: "accepted" | "declined" | "answered" | "closed" | null;
}) {
  const t = useFixedT("opportunities");
  const { nomination, here } = props;
  const { opportunity } = nomination;
  // After an answer, or "Decline" asking again in place, focus goes to what the page says.
  const noticeRef = useFocusOnArrival<HTMLParagraphElement>(props.notice !== null);
  const confirmRef = useFocusOnArrival<HTMLParagraphElement>(props.confirmDecline);
  return (
    <>
      <title>{t("answer.title", { title: opportunity.title })}</title>
      <h1>{t("answer.title", { title: opportunity.title })}</h1>
      {props.notice && (
        <p
          className={`notice${props.notice === "accepted" || props.notice === "declined" ? " notice--ok" : ""}`}
          role="status"
          tabIndex={-1}
          ref={noticeRef}
        >
          {t(`answer.notice.${props.notice}`)}
        </p>
      )}
      <p>
        {nomination.nominatorName
          ? t("answer.by", {
              name: nomination.nominatorName,
              publisher: opportunity.publisher.name,
            })
          : t("answer.byFormer", { publisher: opportunity.publisher.name })}
      </p>
      <dl className="network-facts">
        <dt>{t("page.kind")}</dt>
        <dd>{t(`kind.${opportunity.kind}`)}</dd>
        <dt>{t("page.deadline")}</dt>
        <dd>
          <DateTime value={opportunity.deadline} />
        </dd>
        <dt>{t("answer.yourAnswer")}</dt>
        <dd>{t(`nomineeStatus.${nomination.status}`)}</dd>
        {nomination.outcome && (
          <>
            <dt>{t("answer.outcome")}</dt>
            <dd>{t(`outcome.${nomination.outcome}`)}</dd>
          </>
        )}
      </dl>
      {nomination.note && (
        <>
          <h2>{t("answer.note")}</h2>
          <blockquote className="quote">{nomination.note}</blockquote>
        </>
      )}
      <p>
        <Link to={`/opportunities/${opportunity.id}`}>{t("answer.openOpportunity")}</Link>
      </p>
      {nomination.status === "asked" && (
        <section aria-labelledby="your-answer">
          <h2 id="your-answer">{t("answer.heading")}</h2>
          <p>{t("answer.explain")}</p>
          {props.confirmDecline ? (
            <>
              <p className="notice notice--warn" tabIndex={-1} ref={confirmRef}>
                {t("answer.declineWarning")}
              </p>
              <Form method="post" action={here} className="actions">
                <input type="hidden" name="answer" value="decline" />
                <button type="submit" className="button button--danger">
                  {t("answer.declineConfirm")}
                </button>
                <Link className="button button--secondary" to={here}>
                  {t("answer.back")}
                </Link>
              </Form>
            </>
          ) : (
            <div className="actions">
              {nomination.mayAccept && (
                <Form method="post" action={here}>
                  <input type="hidden" name="answer" value="accept" />
                  <button type="submit" className="button">
                    {t("answer.accept")}
                  </button>
                </Form>
              )}
              <Link className="button button--secondary" to={`${here}?confirm=decline`}>
                {t("answer.decline")}
              </Link>
            </div>
          )}
          {!nomination.mayAccept && <p>{t("answer.closedNow")}</p>}
        </section>
      )}
    </>
  );
}

export const ANSWER_NOTICES = ["accepted", "declined", "answered", "closed"] as const;
export type AnswerNotice = (typeof ANSWER_NOTICES)[number];

/** Which notice the page shows after an answer (?done=…). */
export function answerNotice(url: URL): AnswerNotice | null {
  const done = url.searchParams.get("done");
  return ANSWER_NOTICES.find((n) => n === done) ?? null;
}
