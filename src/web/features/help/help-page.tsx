import { Link } from "react-router";
import { findViewer, requestLocale } from "../../shared/viewer.server.ts";
import { useFixedT } from "../../shared/use-fixed-t.ts";
import type { Route } from "./+types/help-page";

/**
 * Help and contact, reached from every page's footer: the operator's address (CONTACT_EMAIL)
 * and, from a round's pages (?round=<programme>/<round>), its programme's facilitators'
 * address; how applying, signing in and the privacy rights work. Static but for those.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await findViewer(request, context);
  const { services } = context;
  const [programmeSlug, roundSlug] = (new URL(request.url).searchParams.get("round") ?? "").split(
    "/",
  );
  // A published round only (drafts are not found): its programme's public contact address.
  const found =
    programmeSlug && roundSlug
      ? await services.useCases.findPublicRound(
          { programmeSlug, roundSlug },
          { withQuestions: false, locale: requestLocale(request, viewer) },
        )
      : null;
  const programme = found?.ok ? found.value.programme : null;
  return {
    contactEmail: services.config.contactEmail,
    round:
      found?.ok && programme?.contactEmail
        ? {
            programmeName: programme.name,
            name: found.value.round.name,
            href: `/p/${programme.slug}/${found.value.round.slug}`,
            contactEmail: programme.contactEmail,
          }
        : null,
  };
}

export default function HelpPage({ loaderData }: Route.ComponentProps) {
  const t = useFixedT("help");
  const { round, contactEmail } = loaderData;
  return (
    <>
      <title>{`${t("title")} — Shelfmates`}</title>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro")}</p>
      {round && (
        <section aria-labelledby="help-round">
          <h2 id="help-round">{t("round.heading", { programme: round.programmeName })}</h2>
          <p>
            {t("round.body", { programme: round.programmeName })}{" "}
            <a href={`mailto:${round.contactEmail}`}>{round.contactEmail}</a>
          </p>
          <p>
            <Link to={round.href}>{t("round.back", { round: round.name })}</Link>
          </p>
        </section>
      )}
      <section aria-labelledby="help-contact">
        <h2 id="help-contact">{t("contact.heading")}</h2>
        <p>
          {t("contact.body")} <a href={`mailto:${contactEmail}`}>{contactEmail}</a>
        </p>
        <p className="muted">{t("contact.note")}</p>
      </section>
      <section aria-labelledby="help-applying">
        <h2 id="help-applying">{t("applying.heading")}</h2>
        <p>{t("applying.body")}</p>
        <p>{t("applying.after")}</p>
      </section>
      <section aria-labelledby="help-signing-in">
        <h2 id="help-signing-in">{t("signingIn.heading")}</h2>
        <p>{t("signingIn.body")}</p>
        <ul>
          <li>
            <Link to="/sign-in">{t("signingIn.signIn")}</Link>
          </li>
          <li>
            <Link to="/sign-up">{t("signingIn.signUp")}</Link>
          </li>
          <li>
            <Link to="/forgot-password">{t("signingIn.forgot")}</Link>
          </li>
        </ul>
      </section>
      <section aria-labelledby="help-privacy">
        <h2 id="help-privacy">{t("privacy.heading")}</h2>
        <p>{t("privacy.body")}</p>
        <p>
          <Link to="/account">{t("privacy.account")}</Link>
        </p>
      </section>
    </>
  );
}
