import type { FieldError } from "../../../../domain/field-errors.ts";
import { describedBy, fieldIds, useErrorMessage } from "../../../shared/field.tsx";
import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { FieldLabelMark } from "./field-label-mark.tsx";
import type { Option } from "./form-values.ts";

/**
 * Radios or checkboxes in a fieldset whose legend names the question, with its hint and
 * error beside it. The first option carries the field's id, so the error summary's link
 * lands on it.
 */
export function ChoiceGroup(props: {
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  options: Option[];
  selected: string | string[];
  hint?: string;
  error?: FieldError;
  required?: boolean;
  onChange?: (value: string) => void;
}) {
  const t = useFixedT();
  const message = useErrorMessage()(props.error);
  const { id, hintId, errorId } = fieldIds(props.name);
  const selected = Array.isArray(props.selected) ? props.selected : [props.selected];
  return (
    <fieldset
      className={`field${message ? " field--error" : ""}`}
      style={{ minWidth: 0 }}
      aria-describedby={describedBy(props.name, Boolean(props.hint), Boolean(message))}
    >
      <legend>
        {props.legend}
        <FieldLabelMark required={props.required} />
        {/* Checkbox groups have no required attribute to announce, so say it in words. */}
        {props.required && props.type === "checkbox" && (
          <span className="visually-hidden"> ({t("form.required")})</span>
        )}
      </legend>
      {props.hint && (
        <span className="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {message && (
        <span className="error" id={errorId}>
          {message}
        </span>
      )}
      <div className="choices">
        {props.options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${index}`;
          return (
            <div className="choice" key={option.value}>
              <input
                type={props.type}
                id={optionId}
                name={props.name}
                value={option.value}
                defaultChecked={selected.includes(option.value)}
                required={props.type === "radio" && props.required ? true : undefined}
                onChange={
                  props.onChange && ((event) => props.onChange?.(event.currentTarget.value))
                }
              />
              <label htmlFor={optionId}>{option.label}</label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
