import { useState } from "react";
import { useNumberFormat } from "./use-number-format.ts";
import { useFixedT } from "./use-fixed-t.ts";

/**
 * A long text with its limit shown before it is reached: `maxLength` stops typing past it,
 * and a count below ("120 of 2,000 characters") follows the typing (the server renders the
 * count of the saved text, so it reads right without scripts too).
 */
export function CountedTextArea(props: {
  id: string;
  name: string;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean | undefined;
  required: boolean | undefined;
  maxLength: number;
  rows: number;
  defaultValue: string;
}) {
  const t = useFixedT();
  const number = useNumberFormat();
  const [length, setLength] = useState(props.defaultValue.length);
  const countId = `${props.id}-count`;
  const describedBy = [props["aria-describedby"], countId].filter(Boolean).join(" ");
  return (
    <>
      <textarea
        {...props}
        aria-describedby={describedBy}
        onInput={(event) => setLength(event.currentTarget.value.length)}
      />
      <span className="hint character-count" id={countId}>
        {t("form.characterCount", {
          count: length,
          used: number.format(length),
          max: number.format(props.maxLength),
        })}
      </span>
    </>
  );
}
