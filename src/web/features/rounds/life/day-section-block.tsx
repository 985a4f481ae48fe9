import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";
import type { DaySectionPage } from "../../../../use-cases/rounds/facilitator-day-sections.ts";
import { useNumberFormat } from "../../../shared/use-number-format.ts";
import { DayItems } from "./day-items.tsx";

/** One section of the day: its heading and count, its first items or its empty state. */
export function DaySectionBlock({
  section,
  devMail,
}: {
  section: DaySectionPage;
  devMail: boolean;
}) {
  const t = useFixedT("roundlife");
  const number = useNumberFormat();
  const { total, items } = section.page;
  const headingId = `section-${section.section}`;
  return (
    <section aria-labelledby={headingId} className="day-section">
      <h2 id={headingId}>
        {t(`today.sections.${section.section}.heading`)}{" "}
        <span className="badge">{number.format(total)}</span>
      </h2>
      {total === 0 ? (
        <p className="notice notice--ok">{t(`today.sections.${section.section}.empty`)}</p>
      ) : (
        <>
          <DayItems section={section} devMail={devMail} />
          {total > items.length && (
            <p>
              <Link to={`/facilitate/today/${section.section}`}>
                {t("today.showAll", { count: total })}
                <span className="visually-hidden">
                  {`: ${t(`today.sections.${section.section}.heading`)}`}
                </span>
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}
