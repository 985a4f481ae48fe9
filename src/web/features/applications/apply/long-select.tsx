import { useState, type Ref, type SelectHTMLAttributes } from "react";

/**
 * A <select> whose long list of options (every country, language or time zone) is HTML built
 * once: on the server for the page it sends, and read back from that page by the browser when
 * it hydrates, so the list does not travel twice (HTML and hydration data: 35 KB of the form's
 * 140 KB) nor hydrate option by option on a phone. The browser keeps the options as they are
 * afterwards: the person's choice lives in the element, as with any uncontrolled field. A page
 * reached by client-side navigation has nothing to read back and builds the list itself.
 */
export function LongSelect({
  id,
  optionsHtml,
  ...props
}: Omit<SelectHTMLAttributes<HTMLSelectElement>, "children" | "defaultValue" | "value"> & {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  /** The <option>s, the chosen one marked `selected` (see option-lists.ts). */
  optionsHtml: () => string;
}) {
  const [html] = useState(
    () =>
      (typeof document !== "undefined" && document.getElementById(id)?.innerHTML) || optionsHtml(),
  );
  return <select id={id} {...props} dangerouslySetInnerHTML={{ __html: html }} />;
}
