import { redirect } from "react-router";
import { findViewer } from "../../shared/viewer.server.ts";
import { nextPath } from "../accounts/next-path.ts";
import { ssoErrorPath, startSsoSignIn } from "./start-sso-sign-in.server.ts";
import type { Route } from "./+types/sign-in-sso";

/** Nothing to show here: the sign-in page has the button. */
export function loader({ request }: Route.LoaderArgs) {
  const next = new URL(request.url).searchParams.get("next");
  return redirect(`/sign-in?${new URLSearchParams({ next: nextPath(next) }).toString()}`);
}

/** The button's form: off to the provider, carrying better-auth's state cookie. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const next = nextPath(form.get("next"));
  if (await findViewer(request, context)) return redirect(next);
  const started = await startSsoSignIn(context.services.auth, request, next);
  if ("error" in started) return redirect(ssoErrorPath(next, started.error));
  const headers = new Headers();
  for (const cookie of started.cookies) headers.append("Set-Cookie", cookie);
  return redirect(started.url, { headers });
}
