import { useTranslation } from "react-i18next";
import { Form, Link, useNavigation } from "react-router";
import type { FieldErrors } from "../../../../domain/field-errors.ts";
import { formatList } from "../../../../i18n/format-weekly-hours.ts";
import { DateTime } from "../../../shared/date-time.tsx";
import { useErrorMessage } from "../../../shared/field.tsx";
import { useShownName } from "../../privacy/shown-name.ts";
import { isErasedAddress } from "../../../../domain/privacy/erasure.ts";

export interface FollowUpCardItem {
  partnershipId: string;
  reason: "problem" | "silent";
  openedAt: Date;
  nudgedAt: Date | null;
  meetingsHeld: number;
  members: { name: string; email: string }[];
  checkIns: {
    id: string;
    memberName: string;
    sequence: number;
    answer: string | null;
    goodMatch: string | null;
    note: string;
    answeredAt: Date | null;
  }[];
}

/** One partnership on the follow-up list: why it is there, its history, what can be done. */
export function FollowUpCard(props: {
  item: FollowUpCardItem;
  base: string;
  failed?: { message: string; errors: FieldErrors };
}) {
  const { t, i18n } = useTranslation("checkins");
  const errorMessage = useErrorMessage();
  const busy = useNavigation().state === "submitting";
  const { item } = props;
  const shown = useShownName();
  const names = formatList(
    item.members.map((m) => shown(m.name)),
    i18n.language,
  );
  const messageId = `message-${item.partnershipId}`;
  const error = errorMessage(props.failed?.errors.message);
  return (
    <li className="card">
      <h2>{names}</h2>
      <p>
        <span className="badge">{t(`followUp.reason.${item.reason}`)}</span>{" "}
        {t("followUp.listedOn")} <DateTime value={item.openedAt} dateOnly />
      </p>
      <p>
        {t("followUp.members")}:{" "}
        {item.members.map((m, i) => (
          <span key={m.email}>
            {i > 0 && ", "}
            {shown(m.name)}
            {!isErasedAddress(m.email) && (
              <>
                {" "}
                (<a href={`mailto:${m.email}`}>{m.email}</a>)
              </>
            )}
          </span>
        ))}
      </p>
      <p>
        {t("followUp.meetings", { count: item.meetingsHeld })} ·{" "}
        {item.nudgedAt ? (
          <>
            {t("followUp.nudgedOn")} <DateTime value={item.nudgedAt} dateOnly />
          </>
        ) : (
          t("followUp.notNudged")
        )}
      </p>
      <h3>{t("followUp.history")}</h3>
      {item.checkIns.length === 0 ? (
        <p className="muted">{t("followUp.noAnswers")}</p>
      ) : (
        <ul>
          {item.checkIns.map((c) => (
            <li key={c.id}>
              {c.answeredAt && <DateTime value={c.answeredAt} dateOnly />}{" "}
              {t("followUp.answerBy", { name: c.memberName, sequence: c.sequence })}{" "}
              <strong>{c.answer ? t(`answers.${c.answer}`) : ""}</strong>
              {c.goodMatch && (
                <> — {t("followUp.goodMatch", { answer: t(`goodMatch.${c.goodMatch}`) })}</>
              )}
              {c.note && <blockquote style={{ whiteSpace: "pre-wrap" }}>{c.note}</blockquote>}
            </li>
          ))}
        </ul>
      )}
      <details open={Boolean(props.failed)}>
        <summary>{t("followUp.write.summary")}</summary>
        <Form method="post" noValidate>
          <input type="hidden" name="partnershipId" value={item.partnershipId} />
          <input type="hidden" name="intent" value="write" />
          <div className={`field${error ? " field--error" : ""}`}>
            <label htmlFor={messageId}>{t("followUp.write.label")}</label>
            <span className="hint" id={`${messageId}-hint`}>
              {t("followUp.write.hint")}
            </span>
            {error && (
              <span className="error" id={`${messageId}-error`}>
                {error}
              </span>
            )}
            <textarea
              id={messageId}
              name="message"
              rows={5}
              maxLength={5000}
              defaultValue={props.failed?.message ?? ""}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${messageId}-hint${error ? ` ${messageId}-error` : ""}`}
            />
          </div>
          <button type="submit" className="button" disabled={busy}>
            {t("followUp.write.submit")}
          </button>
        </Form>
      </details>
      <div className="actions">
        <Form method="post">
          <input type="hidden" name="partnershipId" value={item.partnershipId} />
          <input type="hidden" name="intent" value="resolve" />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {t("followUp.resolve")}
          </button>
        </Form>
        <Link className="button button--danger" to={`${props.base}/${item.partnershipId}/dissolve`}>
          {t("followUp.dissolve")}
        </Link>
      </div>
    </li>
  );
}
