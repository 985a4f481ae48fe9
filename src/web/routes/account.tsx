import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { requireViewer } from "../viewer.server.ts";
import type { Route } from "./+types/account";

export async function loader({ request, context }: Route.LoaderArgs) {
  const viewer = await requireViewer(request, context);
  const applications = await context.services.uow.read.applications.listForUserEmail(viewer.email);
  const welcome = new URL(request.url).searchParams.get("welcome") === "1";
  return {
    viewer: { name: viewer.name, email: viewer.email, emailVerified: viewer.emailVerified },
    welcome,
    applications: applications.slice(0, 100).map((a) => ({
      id: a.id,
      roundName: a.roundName,
      programmeName: a.programmeName,
      status: a.status,
    })),
  };
}

export default function Account({ loaderData }: Route.ComponentProps) {
  const { t } = useTranslation();
  const { viewer } = loaderData;
  return (
    <>
      <title>{t("account.title")}</title>
      <h1>{t("account.title")}</h1>
      {loaderData.welcome && !viewer.emailVerified && (
        <p className="notice notice--ok" role="status">
          {t("auth.verifySent", { email: viewer.email })}
        </p>
      )}
      <p>{t("account.signedInAs", { name: viewer.name, email: viewer.email })}</p>
      <h2>{t("account.applications")}</h2>
      {loaderData.applications.length === 0 ? (
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
      <p>
        <Link to="/">{t("errors.page.home")}</Link>
      </p>
    </>
  );
}
