import type { FieldError, FieldErrors } from "../../domain/field-errors.ts";
import { useFixedT } from "./use-fixed-t.ts";
import { useFocusOnShow } from "./use-focus-on-show.ts";

/** The translated message of a field error. */
export function useErrorMessage() {
  const t = useFixedT();
  return (error: FieldError | undefined) => (error ? t(error.key, error.values ?? {}) : undefined);
}

export function fieldIds(name: string) {
  const id = `field-${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** ARIA wiring for an input: its hint and error are read with it. */
export function describedBy(name: string, hasHint: boolean, hasError: boolean): string | undefined {
  const { hintId, errorId } = fieldIds(name);
  const ids = [hasHint ? hintId : "", hasError ? errorId : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

/**
 * A labelled control with its hint and error beside it. `children` receives the props the
 * control needs (id, aria-describedby, aria-invalid).
 */
export function Field(props: {
  name: string;
  label: string;
  hint?: string;
  error?: FieldError;
  required?: boolean;
  children: (control: {
    id: string;
    name: string;
    "aria-describedby": string | undefined;
    "aria-invalid": boolean | undefined;
    required: boolean | undefined;
  }) => React.ReactNode;
}) {
  const t = useFixedT();
  const message = useErrorMessage()(props.error);
  const { id, hintId, errorId } = fieldIds(props.name);
  return (
    <div className={`field${message ? " field--error" : ""}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? (
          <span className="required-mark" aria-hidden="true">
            {" "}
            *
          </span>
        ) : (
          <span className="muted"> ({t("form.optional")})</span>
        )}
      </label>
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
      {props.children({
        id,
        name: props.name,
        "aria-describedby": describedBy(props.name, Boolean(props.hint), Boolean(message)),
        "aria-invalid": message ? true : undefined,
        required: props.required || undefined,
      })}
    </div>
  );
}

/** A list of every error at the top of a form, each linking to its field. */
export function ErrorSummary({
  errors,
  labels,
}: {
  errors: FieldErrors | undefined;
  labels: Record<string, string>;
}) {
  const t = useFixedT();
  const message = useErrorMessage();
  // Focus moves to the summary after each refused post (WCAG 2.4.3): the busy, disabled submit
  // button would otherwise drop it on the page's body, and the next Tab would start at the top.
  const ref = useFocusOnShow<HTMLDivElement>(errors);
  const entries = Object.entries(errors ?? {});
  if (entries.length === 0) return null;
  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2>{t("form.errorSummary", { count: entries.length })}</h2>
      <ul>
        {entries.map(([name, error]) => (
          <li key={name}>
            <a href={`#${fieldIds(name).id}`} onClick={showField}>
              {labels[name] ? `${labels[name]}: ` : ""}
              {message(error)}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Following a link to a field would scroll the control itself to the very top, hiding its
 * label and error above it: scroll the whole field (label, hint, error, control) into view
 * and focus the control. Without scripts, `scroll-margin-top` in the styles does the same.
 */
function showField(event: React.MouseEvent<HTMLAnchorElement>) {
  const control = document.getElementById(event.currentTarget.hash.slice(1));
  if (!control) return;
  event.preventDefault();
  (control.closest(".field") ?? control).scrollIntoView({ block: "start" });
  control.focus({ preventScroll: true });
}
