import { useFixedT } from "./shared/use-fixed-t.ts";
import { I18nextProvider } from "react-i18next";
import {
  isRouteErrorResponse,
  Links,
  Meta,
  Outlet,
  Scripts,
  ScrollRestoration,
  useRouteError,
} from "react-router";
import { createI18n } from "../i18n/create-i18n.ts";
import type { Route } from "./+types/root";
import { SiteHeader } from "./shared/site-header.tsx";
import { SiteFooter } from "./shared/site-footer.tsx";
import stylesUrl from "./styles.css?url";
import { loadRootData } from "./shared/root-data.server.ts";
import { useRootData } from "./shared/root-data.ts";
import { useScriptNonce } from "./shared/content-security-policy.ts";
import { refuseUnreadableForms } from "./shared/refuse-unreadable-forms.server.ts";
import "./context.ts";

export const middleware: Route.MiddlewareFunction[] = [refuseUnreadableForms];

export const links: Route.LinksFunction = () => [
  { rel: "stylesheet", href: stylesUrl },
  { rel: "icon", href: "/favicon.svg", type: "image/svg+xml" },
];

export async function loader({ request, context }: Route.LoaderArgs) {
  return loadRootData(request, context);
}

// Tells the server the reader's time zone so dates are shown in it (no JS: UTC, labelled).
const timeZoneScript = `(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(z&&document.cookie.indexOf("tz="+encodeURIComponent(z))<0){document.cookie="tz="+encodeURIComponent(z)+";path=/;max-age=31536000;samesite=lax"}}catch(e){}})();`;

export function Layout({ children }: { children: React.ReactNode }) {
  const data = useRootData();
  const locale = data?.locale ?? "en";
  const nonce = useScriptNonce();
  return (
    <html lang={locale}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <Meta />
        <Links />
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: timeZoneScript }} />
      </head>
      <body>
        <I18nextProvider i18n={createI18n(locale)}>{children}</I18nextProvider>
        <ScrollRestoration nonce={nonce} />
        <Scripts nonce={nonce} />
      </body>
    </html>
  );
}

export default function App() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <Outlet />
      </main>
      <SiteFooter />
    </>
  );
}

export function ErrorBoundary() {
  const error = useRouteError();
  const t = useFixedT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const key =
    status === 404
      ? "notFound"
      : status === 403
        ? "forbidden"
        : status === 415
          ? "notAForm"
          : "serverError";
  return (
    <>
      <SiteHeader />
      <main id="main" className="page">
        <title>{t(`errors.page.${key}.title`)}</title>
        <h1>{t(`errors.page.${key}.title`)}</h1>
        <p>{t(`errors.page.${key}.body`)}</p>
        <p>
          <a href="/">{t("errors.page.home")}</a>
        </p>
      </main>
      <SiteFooter />
    </>
  );
}
