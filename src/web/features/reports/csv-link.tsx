import { useFixedT } from "../../shared/use-fixed-t.ts";

/** The link to download one of the report's tables as CSV (not printed). */
export function CsvLink({ roundId, table }: { roundId: string; table: string }) {
  const t = useFixedT("reports");
  return (
    <p className="report-csv no-print">
      <a href={`/facilitate/rounds/${roundId}/report/${table}.csv`} download>
        {t("csv")}
      </a>
    </p>
  );
}
