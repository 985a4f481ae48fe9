import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { CheckInTally } from "../../../../use-cases/rounds/get-round-dashboard.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";

const COLUMNS = ["inTouch", "notYet", "problem", "unanswered"] as const;

/** Answers to each check-in of the round: one row per check-in number. */
export function CheckInTable({ checkIns }: { checkIns: CheckInTally[] }) {
  const t = useFixedT("roundlife");
  const number = useNumberFormat();
  return (
    <div className="table-wrap">
      <table>
        <caption>{t("dashboard.checkIns.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.checkIns.number")}</th>
            {COLUMNS.map((column) => (
              <th scope="col" key={column}>
                {t(`dashboard.checkIns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {checkIns.map((tally) => (
            <tr key={tally.sequence}>
              <th scope="row">{t("dashboard.checkIns.numberLabel", { number: tally.sequence })}</th>
              {COLUMNS.map((column) => (
                <td key={column}>{number.format(tally[column])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
