import { useFixedT } from "../../../shared/use-fixed-t.ts";
import { Link } from "react-router";

/** Where a person lands once their account is deleted (signed out: nothing of theirs is left). */
export default function AccountDeleted() {
  const t = useFixedT("privacy");
  return (
    <div className="narrow">
      <title>{t("erase.done")}</title>
      <h1>{t("erase.done")}</h1>
      <p className="notice notice--ok" role="status">
        {t("erase.doneBody")}
      </p>
      <p>
        <Link to="/">{t("common:errors.page.home")}</Link>
      </p>
    </div>
  );
}
