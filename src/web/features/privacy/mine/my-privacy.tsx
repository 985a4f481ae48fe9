import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Form, Link } from "react-router";
import { DateTime } from "../../../shared/date-time.tsx";
import { TableScroll } from "../../../shared/table-scroll.tsx";

export interface ConsentView {
  id: string;
  purpose: "privacy" | "application" | "rules";
  textVersion: string;
  locale: string;
  agreedAt: Date | string;
}

/** The account page's part for privacy (issue 16): consents, export, password, deletion. */
export function MyPrivacy({ consents }: { consents: readonly ConsentView[] }) {
  const t = useFixedT("privacy");
  return (
    <section aria-labelledby="my-data">
      <h2 id="my-data">{t("mine.title")}</h2>
      <h3>{t("mine.consentsTitle")}</h3>
      {consents.length === 0 ? (
        <p>{t("mine.consentsNone")}</p>
      ) : (
        <>
          <p className="muted">{t("mine.consentsIntro")}</p>
          <TableScroll label={t("mine.consentsTitle")}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{t("mine.column.what")}</th>
                  <th scope="col">{t("mine.column.version")}</th>
                  <th scope="col">{t("mine.column.language")}</th>
                  <th scope="col">{t("mine.column.when")}</th>
                </tr>
              </thead>
              <tbody>
                {consents.map((c) => (
                  <tr key={c.id}>
                    <td>{t(`mine.purpose.${c.purpose}`)}</td>
                    <td>
                      <code>{c.textVersion}</code>
                    </td>
                    <td>{c.locale}</td>
                    <td>
                      <DateTime value={c.agreedAt} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
      <Form method="post" action="/account/export" reloadDocument>
        <p className="hint" id="export-hint">
          {t("mine.exportHint")}
        </p>
        <button type="submit" className="button button--secondary" aria-describedby="export-hint">
          {t("mine.export")}
        </button>
      </Form>
      <ul>
        <li>
          <Link to="/account/password">{t("mine.password")}</Link>
        </li>
        <li>
          <Link to="/account/delete">{t("mine.delete")}</Link>
        </li>
      </ul>
    </section>
  );
}
