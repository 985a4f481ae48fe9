import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** Where a person lands once their account is deleted (signed out: nothing of theirs is left). */
export default function AccountDeleted() {
  const { t } = useTranslation("privacy");
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
