import { Form, Link, useLocation } from "react-router";
import { SUPPORTED_LOCALES } from "../../i18n/languages.ts";
import { useRootData } from "./root-data.ts";
import { useFixedT } from "./use-fixed-t.ts";

export function SiteHeader() {
  const data = useRootData();
  const t = useFixedT();
  const location = useLocation();
  const returnTo = location.pathname + location.search;
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <div className="site-header__inner">
        <Link to="/" className="brand">
          Shelfmates
        </Link>
        <nav aria-label={t("nav.label")} className="site-nav">
          <ul>
            <li>
              <Link to="/networks">{t("networks:nav")}</Link>
            </li>
            <li>
              <Link to="/events">{t("events:nav")}</Link>
            </li>
            <li>
              <Link to="/news">{t("news:nav")}</Link>
            </li>
            <li>
              <Link to="/guides">{t("guides:nav")}</Link>
            </li>
            <li>
              <Link to="/opportunities">{t("opportunities:nav")}</Link>
            </li>
            <li>
              <Link to="/spotlights">{t("spotlights:nav")}</Link>
            </li>
            {data?.viewer && (
              <li>
                <Link to="/members">{t("profiles:nav")}</Link>
              </li>
            )}
            {data?.facilitates && (
              <li>
                <Link to="/facilitate">{t("nav.facilitate")}</Link>
              </li>
            )}
            {data?.facilitates && (
              <li>
                <Link to="/facilitate/today">{t("roundlife:nav.today")}</Link>
              </li>
            )}
            {data?.devMail && (
              <li>
                <Link to="/dev/mail">{t("nav.devMail")}</Link>
              </li>
            )}
            {data?.viewer ? (
              <>
                <li>
                  <Link to="/account">{t("nav.account")}</Link>
                </li>
                <li>
                  <Form method="post" action="/sign-out">
                    <button type="submit" className="link-button">
                      {t("nav.signOut")}
                    </button>
                  </Form>
                </li>
              </>
            ) : (
              <li>
                <Link to={`/sign-in?next=${encodeURIComponent(returnTo)}`}>{t("nav.signIn")}</Link>
              </li>
            )}
          </ul>
        </nav>
        <Form method="post" action="/set-language" className="language-switcher">
          <input type="hidden" name="returnTo" value={returnTo} />
          <label htmlFor="language-select" className="visually-hidden">
            {t("nav.language")}
          </label>
          <select id="language-select" name="locale" defaultValue={data?.locale ?? "en"}>
            {SUPPORTED_LOCALES.map((locale) => (
              <option key={locale} value={locale} lang={locale}>
                {t(`languages.${locale}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="button button--small">
            {t("nav.changeLanguage")}
          </button>
        </Form>
      </div>
    </header>
  );
}
