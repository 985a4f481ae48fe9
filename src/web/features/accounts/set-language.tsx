import { redirect } from "react-router";
import { isLocale, LOCALE_COOKIE_MAX_AGE } from "../../../i18n/languages.ts";
import { LOCALE_COOKIE } from "../../../i18n/request-locale.ts";
import { safeReturnPath } from "../../shared/safe-return-path.ts";
import { actorOf, findViewer } from "../../shared/viewer.server.ts";
import type { Route } from "./+types/set-language";
import { formText } from "../../shared/form-data.ts";

/** The language switcher: remembers the choice in a cookie and, when signed in, on the account. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData();
  const locale = formText(form, "locale");
  const returnTo = safeReturnPath(form.get("returnTo"));
  if (!isLocale(locale)) return redirect(returnTo);
  const viewer = await findViewer(request, context);
  if (viewer) await context.services.useCases.setMyLanguage(actorOf(viewer), locale);
  return redirect(returnTo, {
    headers: {
      "Set-Cookie": `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`,
    },
  });
}

export function loader() {
  return redirect("/");
}
