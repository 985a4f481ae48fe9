import { data, redirect } from "react-router";
import { findViewer } from "../../shared/viewer.server.ts";
import { useFixedT } from "../../shared/use-fixed-t.ts";
import { isolate } from "../../../i18n/isolate.ts";
import { nextPath } from "../accounts/next-path.ts";
import { ssoErrorPath, startSsoSignIn } from "./start-sso-sign-in.server.ts";
import { SsoSignIn } from "./sso-sign-in.tsx";
import type { Route } from "./+types/sign-in-sso";

/**
 * Its own address (/sign-in/sso?next=…) shows the button alone; the sign-in page has it too.
 * Both post here.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
  const next = nextPath(new URL(request.url).searchParams.get("next"));
  if (request.method === "GET" && (await findViewer(request, context))) return redirect(next);
  return { next, provider: await context.services.useCases.findSsoSignIn() };
}

/**
 * The button's form: better-auth starts the sign-in (its state cookie goes with this answer)
 * and the page goes on to the provider. Not by a redirect: the site's Content-Security-Policy
 * allows forms to post only to this site (form-action 'self'), and browsers hold a form's
 * redirects to it, so this answer is a page that moves on by itself (a meta refresh, no
 * JavaScript needed) with a link to follow if it does not.
 */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const next = nextPath(form.get("next"));
  if (await findViewer(request, context)) return redirect(next);
  const started = await startSsoSignIn(context.services.auth, request, next);
  if ("error" in started) return redirect(ssoErrorPath(next, started.error));
  const headers = new Headers({ "Cache-Control": "no-store" });
  for (const cookie of started.cookies) headers.append("Set-Cookie", cookie);
  return data({ continueTo: started.url }, { headers });
}

export const headers: Route.HeadersFunction = ({ actionHeaders, loaderHeaders }) => {
  const merged = new Headers(loaderHeaders);
  for (const cookie of actionHeaders.getSetCookie()) merged.append("Set-Cookie", cookie);
  if (actionHeaders.has("Cache-Control"))
    merged.set("Cache-Control", actionHeaders.get("Cache-Control") ?? "no-store");
  return merged;
};

export default function SignInSso({ loaderData, actionData }: Route.ComponentProps) {
  const t = useFixedT("sso");
  const name = isolate(loaderData.provider?.name ?? "");
  if (actionData?.continueTo)
    return (
      <div className="narrow">
        <title>{t("continue.title", { name })}</title>
        <meta httpEquiv="refresh" content={`0;url=${actionData.continueTo}`} />
        <h1>{t("continue.title", { name })}</h1>
        <p>
          <a href={actionData.continueTo}>{t("continue.link", { name })}</a>
        </p>
      </div>
    );
  return (
    <div className="narrow">
      <title>{t("signIn.title")}</title>
      <h1>{t("signIn.title")}</h1>
      {loaderData.provider ? (
        <SsoSignIn provider={loaderData.provider} next={loaderData.next} error={null} />
      ) : (
        <p className="notice">{t("errors.off")}</p>
      )}
    </div>
  );
}
