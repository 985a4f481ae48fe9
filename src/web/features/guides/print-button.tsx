import { useFixedT } from "../../shared/use-fixed-t.ts";

/** Opens the browser's print dialog (where "Save as PDF" is too); needs JavaScript. */
export function PrintButton() {
  const t = useFixedT("guides");
  return (
    <button type="button" className="button button--secondary" onClick={() => window.print()}>
      {t("page.print")}
    </button>
  );
}
