import { useFixedT } from "../../../shared/use-fixed-t.ts";
import {
  KNOWN_COLUMNS,
  REQUIRED_COLUMNS,
} from "../../../../domain/applications/application-csv/index.ts";

/** The file format in brief (the full description is docs/csv-import.md). */
export function ImportFormatHelp({ questionLabels }: { questionLabels: string[] }) {
  const t = useFixedT("applications");
  return (
    <section aria-labelledby="format-heading">
      <h2 id="format-heading">{t("format.title")}</h2>
      <ul>
        <li>{t("format.encoding")}</li>
        <li>{t("format.header")}</li>
        <li>{t("format.lists")}</li>
        <li>{t("format.roundTrip")}</li>
        <li>
          {t("format.custom")}
          {questionLabels.length > 0 && (
            <>
              {" "}
              {t("format.questions")}{" "}
              {questionLabels.map((label, index) => (
                <span key={index}>
                  {index > 0 && ", "}
                  <code>{label}</code>
                </span>
              ))}
            </>
          )}
        </li>
      </ul>
      <div className="table-wrap">
        <table>
          <caption>{t("format.columnsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("format.column")}</th>
              <th scope="col">{t("format.values")}</th>
            </tr>
          </thead>
          <tbody>
            {KNOWN_COLUMNS.map((column) => (
              <tr key={column}>
                <td>
                  <code>{column}</code>
                  {REQUIRED_COLUMNS.includes(column) && <> ({t("format.required")})</>}
                </td>
                <td>{t(`format.columns.${column}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
