import { Link, useLocation, useMatches } from "react-router";
import { useFixedT } from "./use-fixed-t.ts";

/**
 * What a page may declare in its route `handle` so the footer's help link names its round:
 * the round's public address ("/p/<programme>/<round>") read from the page's loader data.
 */
export interface HelpHandle {
  helpRoundHref(loaderData: unknown): string | undefined;
}

/**
 * The same help, in the same place, on every page (WCAG 3.2.6): "Help and contact", last on
 * the page. On a round's pages (its page, its form, an applicant's own application) the link
 * carries the round, so the help page also gives its programme's facilitators' address.
 */
export function SiteFooter() {
  const t = useFixedT("help");
  const location = useLocation();
  const matches = useMatches();
  const declared = matches
    .map((m) => (m.handle as Partial<HelpHandle> | undefined)?.helpRoundHref?.(m.loaderData))
    .find(Boolean);
  const round = /^\/p\/([\w-]+)\/([\w-]+)/.exec(declared ?? location.pathname);
  const href = round ? `/help?round=${round[1]}/${round[2]}` : "/help";
  return (
    <footer className="site-footer">
      <nav aria-label={t("footer.label")} className="site-footer__inner">
        <ul>
          <li>
            <Link to={href}>{t("footer.help")}</Link>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
