import { useFixedT } from "../../shared/use-fixed-t.ts";
import { isolate } from "../../../i18n/isolate.ts";

/** better-auth's and the provider's error codes, as the sign-in page explains them. */
const MESSAGE_OF_CODE: Record<string, string> = {
  account_not_linked: "notLinked",
  sso_email_not_verified: "emailNotVerified",
  email_not_found: "noEmail",
  access_denied: "cancelled",
  login_required: "cancelled",
  consent_required: "cancelled",
  state_mismatch: "expired",
  state_not_found: "expired",
  state_invalid: "expired",
  state_security_mismatch: "expired",
  nonce_binding_missing: "expired",
  invalid_callback_request: "expired",
  no_code: "expired",
  invalid_code: "providerAnswer",
  unable_to_get_user_info: "providerAnswer",
  issuer_mismatch: "providerAnswer",
  off: "off",
  oauth_provider_not_found: "off",
  unavailable: "unavailable",
  sso_provider_unavailable: "unavailable",
  too_many: "tooMany",
};

/**
 * The message for a sign-in with the provider that came back failed (`error` in the address):
 * a known code's own text, any other (whatever a provider sends) the general one. Nothing of
 * the address is shown as it is.
 */
export function ssoErrorKey(search: URLSearchParams): string {
  const code = (search.get("error") ?? "").toLowerCase();
  return `sso:errors.${MESSAGE_OF_CODE[code] ?? "generic"}`;
}

/**
 * The sign-in page's part for single sign-on: a plain form (it works without JavaScript) that
 * posts to /sign-in/sso, which sends the browser on to the provider.
 */
export function SsoSignIn(props: {
  provider: { name: string } | null;
  next: string;
  error: string | null;
}) {
  const t = useFixedT("sso");
  const name = props.provider?.name ?? "";
  return (
    <>
      {props.error && (
        <p className="notice notice--error" role="alert">
          {t(props.error, { name: isolate(name) })}
        </p>
      )}
      {props.provider && (
        <div className="sso-sign-in">
          <form method="post" action="/sign-in/sso">
            <input type="hidden" name="next" value={props.next} />
            <button type="submit" className="button">
              {t("signIn.button", { name: isolate(name) })}
            </button>
          </form>
          <p className="hint">{t("signIn.firstTime", { name: isolate(name) })}</p>
          <p className="hint">{t("privacy:signUp.notice")}</p>
        </div>
      )}
    </>
  );
}
