import { useFixedT } from "../../../shared/use-fixed-t.ts";

/** The "*" or "(optional)" after a label or legend, as the Field component shows it. */
export function FieldLabelMark({ required }: { required: boolean | undefined }) {
  const t = useFixedT();
  return required ? (
    <span className="required-mark" aria-hidden="true">
      {" "}
      *
    </span>
  ) : (
    <span className="muted"> ({t("form.optional")})</span>
  );
}
