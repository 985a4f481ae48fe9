import { useFixedT } from "../../shared/use-fixed-t.ts";
import { Fragment } from "react";
import { Form, Link, redirect } from "react-router";
import { isBulkEmailKind, type BulkEmailKind } from "../../../domain/mail/bulk-email-kinds.ts";
import { throwUseCaseError } from "../../shared/http-errors.ts";
import { readCookie } from "../../../i18n/request-locale.ts";
import { renderMarkdown } from "../../shared/markdown.server.ts";
import { WithNames } from "../../shared/with-names.tsx";
import { YourPartner } from "../matching/your-partner.tsx";
import { MyPrivacy } from "../privacy/mine/my-privacy.tsx";
import { PayItForwardLinks } from "../profiles/account-links.tsx";
import matchingCss from "../matching/matching.css?url";
import { readerTimeZone, TIME_ZONE_COOKIE } from "../../shared/time-zone.server.ts";
import { actorOf, requireViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/account";

export const links: Route.LinksFunction = () => [{ rel: "stylesheet", href: matchingCss }];

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  // Hours in common on the reader's clock: the browser's zone when known, else the application's.
  const knowsZone = readCookie(request.headers.get("cookie"), TIME_ZONE_COOKIE) !== undefined;
  const account = await context.services.useCases.findMyAccount(
    actorOf(viewer),
    knowsZone ? readerTimeZone(request) : null,
  );
  const url = new URL(request.url);
  const welcome = url.searchParams.get("welcome") === "1";
  const emailChoices = await context.services.useCases.findMyEmailChoices(actorOf(viewer));
  const consents = await context.services.useCases.listMyConsents(actorOf(viewer));
  return {
    emailChoices: emailChoices.ok ? emailChoices.value.choices : null,
    choicesSaved: url.searchParams.get("emails") === "saved",
    viewer: { id: viewer.id, name: viewer.name, email: viewer.email },
    isAdmin: viewer.role === "admin",
    emailVerified: account.emailVerified,
    welcome,
    partnerships: account.partnerships.map(({ agreement, ...p }) => ({
      ...p,
      agreementHtml: agreement.trim() ? renderMarkdown(agreement, 4) : "",
    })),
    applications: account.applications,
    consents: consents.ok ? consents.value : [],
  };
}

/** The participant's choice of bulk emails (the same as each email's one-click link). */
export async function action({ request, context }: Route.ActionArgs) {
  const viewer = await requireViewer(request, context);
  const form = await request.formData();
  const receive = form
    .getAll("receive")
    .filter((v): v is BulkEmailKind => (typeof v === "string" ? isBulkEmailKind(v) : false));
  const saved = await context.services.useCases.setMyEmailChoices(actorOf(viewer), receive);
  if (!saved.ok) throwUseCaseError(saved.error);
  return redirect("/account?emails=saved#email-choices");
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const t = useFixedT();
  const { viewer } = loaderData;
  return (
    <>
      <title>{t("account.title")}</title>
      <h1>{t("account.title")}</h1>
      {loaderData.welcome && !loaderData.emailVerified && (
        <p className="notice notice--ok" role="status">
          {t("auth.verifySent", { email: viewer.email })}
        </p>
      )}
      <p>
        {/* An account made by a sign-in link has no name until one is given. */}
        {viewer.name.trim() ? (
          <WithNames
            text={t("account.signedInAs", { name: viewer.name, email: viewer.email })}
            names={[viewer.name]}
          />
        ) : (
          t("account.signedInAsEmail", { email: viewer.email })
        )}
      </p>
      {!loaderData.emailVerified && <p className="notice">{t("account.verifyToSee")}</p>}
      {loaderData.isAdmin && (
        <nav aria-labelledby="account-admin">
          <h2 id="account-admin">{t("privacy:account.admin")}</h2>
          <ul>
            <li>
              <Link to="/admin/audit">{t("privacy:account.auditLog")}</Link>
            </li>
            <li>
              <Link to="/admin/networks">{t("privacy:account.networkProposals")}</Link>
            </li>
            <li>
              <Link to="/admin/people">{t("privacy:account.people")}</Link>
            </li>
            <li>
              <Link to="/admin/retention">{t("privacy:account.retention")}</Link>
            </li>
            <li>
              <Link to="/admin/sso">{t("sso:admin.title")}</Link>
            </li>
          </ul>
        </nav>
      )}
      <PayItForwardLinks userId={viewer.id} />
      {loaderData.partnerships.map((p) => (
        <Fragment key={p.partnershipId}>
          <YourPartner partnership={p} />
          <p>
            <Link to={`/partnerships/${p.partnershipId}`}>{t("partnerships:page.open")}</Link>
          </p>
        </Fragment>
      ))}
      {loaderData.emailChoices && (
        <section aria-labelledby="email-choices">
          <h2 id="email-choices">{t("email:choices.title")}</h2>
          {loaderData.choicesSaved && (
            <p className="notice notice--ok" role="status">
              {t("email:choices.saved")}
            </p>
          )}
          <Form method="post">
            <fieldset>
              <legend>{t("email:choices.legend")}</legend>
              {loaderData.emailChoices.map((choice) => (
                <div className="choice field" key={choice.kind}>
                  <input
                    type="checkbox"
                    id={`receive-${choice.kind}`}
                    name="receive"
                    value={choice.kind}
                    defaultChecked={choice.receive}
                  />
                  <label htmlFor={`receive-${choice.kind}`}>
                    {t(`email:choices.kind.${choice.kind}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <p className="hint">{t("email:choices.always")}</p>
            <button type="submit" className="button">
              {t("email:choices.save")}
            </button>
          </Form>
        </section>
      )}
      <h2>{t("account.applications")}</h2>
      {!loaderData.emailVerified ? null : loaderData.applications.length === 0 ? (
        <p>{t("account.noApplications")}</p>
      ) : (
        <>
          <ul>
            {loaderData.applications.map((a) => (
              <li key={a.id}>
                {a.programmeName}: {a.roundName} —{" "}
                {t("account.status", { status: t(`vocabulary:status.${a.status}`) })}
              </li>
            ))}
          </ul>
          <p className="muted">{t("account.manageHint")}</p>
        </>
      )}
      <MyPrivacy consents={loaderData.consents} />
      <p>
        <Link to="/">{t("errors.page.home")}</Link>
      </p>
    </>
  );
}
