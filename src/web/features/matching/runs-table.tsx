import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { MatchingRunSummaryRecord } from "../../../domain/matching/matching-run-types.ts";
import { DateTime } from "../../shared/date-time.tsx";
import { useNumberFormat } from "../../shared/use-number-format.ts";
import { WithNames } from "../../shared/with-names.tsx";

/** Every run of the round, newest first, each linking to its result (or its progress). */
export function RunsTable({
  roundId,
  runs,
}: {
  roundId: string;
  runs: MatchingRunSummaryRecord[];
}) {
  const t = useFixedT("matching");
  const number = useNumberFormat();
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t("overview.colRun")}</th>
            <th scope="col">{t("overview.colPeople")}</th>
            <th scope="col">{t("overview.colGroups")}</th>
            <th scope="col">{t("overview.colMean")}</th>
            <th scope="col">{t("overview.colLowest")}</th>
            <th scope="col">{t("overview.colUnmatched")}</th>
            <th scope="col">{t("overview.colSeed")}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => {
            const base = `/facilitate/rounds/${roundId}/matching/runs/${run.id}`;
            return (
              <tr key={run.id}>
                <td>
                  <Link to={run.status === "done" ? base : `${base}/progress`}>
                    <DateTime value={run.createdAt} />
                  </Link>{" "}
                  {run.createdByName && (
                    <span className="muted">
                      <WithNames
                        text={t("overview.by", { name: run.createdByName })}
                        names={[run.createdByName]}
                      />
                    </span>
                  )}{" "}
                  <span className="badge">{t(`overview.status.${run.status}`)}</span>{" "}
                  {run.basedOnRunId && <span className="badge">{t("overview.basedOn")}</span>}{" "}
                  {run.manualChanges.length > 0 && (
                    <span className="badge">
                      {t("overview.adjusted", { count: run.manualChanges.length })}
                    </span>
                  )}
                </td>
                <td>{run.summary ? number.format(run.summary.people) : "—"}</td>
                <td>{run.summary ? number.format(run.summary.groups) : "—"}</td>
                <td>{run.summary ? number.format(run.summary.meanScore) : "—"}</td>
                <td>{run.summary ? number.format(run.summary.lowestScore) : "—"}</td>
                <td>{run.summary ? number.format(run.summary.unmatched) : "—"}</td>
                <td>{run.seed}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
