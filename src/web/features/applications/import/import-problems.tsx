import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { ImportProblem } from "../../../../use-cases/applications/import-applications.ts";

/** Every problem of a refused import, naming the row and the column. */
export function ImportProblems({ problems }: { problems: readonly ImportProblem[] }) {
  const t = useFixedT("applications");
  return (
    <div className="table-wrap">
      <table>
        <caption className="visually-hidden">{t("problems.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("problems.row")}</th>
            <th scope="col">{t("problems.column")}</th>
            <th scope="col">{t("problems.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((problem, index) => (
            <tr key={index}>
              <td>{problem.row ?? t("problems.wholeFile")}</td>
              <td>{problem.column ?? "—"}</td>
              <td>
                {t(`problems.codes.${problem.code}`, {
                  ...problem.params,
                  defaultValue: problem.message,
                })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
