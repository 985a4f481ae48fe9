import { oncePerLanguage } from "../../../shared/once-per-language.ts";
import { useFixedT } from "../../../shared/use-fixed-t.ts";
import type { FieldError } from "../../../../domain/field-errors.ts";
import {
  AVAILABILITY_BLOCK_HOURS,
  AVAILABILITY_BLOCK_START_HOURS,
  WEEKDAYS,
} from "../../../../domain/vocabulary/vocabulary.ts";
import { describedBy, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { FieldLabelMark } from "./field-label-mark.tsx";

const hh = (hour: number) => `${String(hour % 24).padStart(2, "0")}:00`;

/** "06:00–10:00": the local hours of an availability block. */
export function blockTimes(startHour: number): string {
  return `${hh(startHour)}–${hh(startHour + AVAILABILITY_BLOCK_HOURS)}`;
}

/**
 * Weekly availability as a grid of checkboxes, days by 4-hour blocks. Each checkbox has its
 * own label ("Monday 06:00–10:00") for screen readers; sighted readers use the headers.
 */
export function AvailabilityGrid({
  selected,
  error,
}: {
  selected: string[];
  error: FieldError | undefined;
}) {
  const t = useFixedT("applications");
  const message = useErrorMessage()(error);
  // 42 labels ("Monday 06:00–10:00") and the day names: the same for every reader of a language.
  const labels = oncePerLanguage(t, "availability", () => ({
    days: Object.fromEntries(
      WEEKDAYS.map((day) => [
        day,
        { short: t(`form.weekdayShort.${day}`), long: t(`vocabulary:weekday.${day}`) },
      ]),
    ),
    cells: Object.fromEntries(
      WEEKDAYS.flatMap((day) =>
        AVAILABILITY_BLOCK_START_HOURS.map((hour) => [
          `${day}-${hour}`,
          t("form.availabilityCell", {
            day: t(`vocabulary:weekday.${day}`),
            times: blockTimes(hour),
          }),
        ]),
      ),
    ),
  }));
  const { id, hintId, errorId } = fieldIds("availability");
  return (
    <fieldset
      className={`field${message ? " field--error" : ""}`}
      style={{ minWidth: 0 }}
      aria-describedby={describedBy("availability", true, Boolean(message))}
    >
      <legend>
        {t("form.availability")}
        <FieldLabelMark required={false} />
      </legend>
      <span className="hint" id={hintId}>
        {t("form.availabilityHint")}
      </span>
      {message && (
        <span className="error" id={errorId}>
          {message}
        </span>
      )}
      <div className="table-wrap">
        <table className="availability-grid">
          <thead>
            <tr>
              <th scope="col">{t("form.day")}</th>
              {AVAILABILITY_BLOCK_START_HOURS.map((hour) => (
                <th scope="col" key={hour}>
                  {/* Short "06–10" so the grid fits a phone; each checkbox's label has the full times. */}
                  {`${hh(hour).slice(0, 2)}–${hh(hour + AVAILABILITY_BLOCK_HOURS).slice(0, 2)}`}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {WEEKDAYS.map((day, dayIndex) => (
              <tr key={day}>
                <th scope="row">
                  <span aria-hidden="true">{labels.days[day]!.short}</span>
                  <span className="visually-hidden">{labels.days[day]!.long}</span>
                </th>
                {AVAILABILITY_BLOCK_START_HOURS.map((hour, hourIndex) => {
                  const value = `${day}-${String(hour).padStart(2, "0")}`;
                  const cellId = dayIndex === 0 && hourIndex === 0 ? id : `${id}-${value}`;
                  return (
                    <td key={value}>
                      <input
                        type="checkbox"
                        id={cellId}
                        name="availability"
                        value={value}
                        defaultChecked={selected.includes(value)}
                      />
                      <label htmlFor={cellId} className="visually-hidden">
                        {labels.cells[`${day}-${hour}`]}
                      </label>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </fieldset>
  );
}
