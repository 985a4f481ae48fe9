/**
 * Single sign-on (issue 16; decision 0022): the association's OpenID Connect provider, signed
 * in with through better-auth's generic OAuth plugin (discovery, PKCE, ID tokens checked
 * against the provider's keys and a nonce). The provider can change while the server runs (an
 * administrator sets it), so it is not given to better-auth once at start: before a sign-in
 * with it starts or comes back, this plugin asks the use cases for the provider now in force
 * and puts the generic plugin's provider for it in better-auth's list (built again only when
 * its settings change, or after an hour), or takes it out when single sign-on is off.
 */
import { APIError, createAuthMiddleware } from "better-auth/api";
import { genericOAuth } from "better-auth/plugins/generic-oauth";
import type { AuthContext, BetterAuthPlugin } from "better-auth";
import { MAX_ACCOUNT_NAME_LENGTH } from "../domain/accounts/account-name.ts";
import {
  SSO_PROVIDER_ID,
  discoveryUrlOf,
  type SsoProviderSettings,
} from "../domain/sso/sso-provider.ts";
import { isLocale } from "../i18n/languages.ts";
import { localeForRequest } from "../i18n/request-locale.ts";
import type { UseCases } from "../use-cases/use-cases.ts";

/** better-auth's path for a provider's return (GET /api/auth/callback/sso). */
export const SSO_CALLBACK_PATH = "/callback/:id";
const REBUILD_AFTER_MS = 60 * 60 * 1000;
/** The code of a sign-in whose provider's discovery document did not answer. */
export const UNAVAILABLE = "SSO_PROVIDER_UNAVAILABLE";

type SocialProvider = AuthContext["socialProviders"][number];

function claim(profile: Record<string, unknown>, name: string): string {
  const value = profile[name];
  return typeof value === "string" ? value.trim() : "";
}

/** The generic plugin's configuration for the association's provider. */
function genericConfig(settings: SsoProviderSettings) {
  return {
    providerId: SSO_PROVIDER_ID,
    name: settings.name,
    discoveryUrl: discoveryUrlOf(settings.issuer),
    clientId: settings.clientId,
    clientSecret: settings.clientSecret || undefined,
    scopes: ["openid", "email", "profile"],
    pkce: true,
    // Only an ID token signed by the issuer's keys, for this client and this sign-in's nonce,
    // says who someone is; a provider whose discovery gives no keys is not used.
    requireIdTokenVerification: true,
    // The account is the issuer's subject: moving SSO to another issuer cannot sign anyone
    // into an account linked to the first one's same "sub".
    accountSubject: ({ tokens }: { tokens: { idToken?: string } }) => {
      const claims = tokens.idToken ? decodeClaims(tokens.idToken) : null;
      if (!claims?.iss || !claims.sub) return "";
      return `${claims.iss} ${claims.sub}`;
    },
    mapProfileToUser: (profile: Record<string, unknown>) => {
      const email = claim(profile, "email");
      const joined = [claim(profile, "given_name"), claim(profile, "family_name")]
        .filter(Boolean)
        .join(" ");
      const name = claim(profile, "name") || joined || email.split("@")[0] || "";
      const locale = claim(profile, "locale").slice(0, 2).toLowerCase();
      return {
        name: name.slice(0, MAX_ACCOUNT_NAME_LENGTH),
        ...(isLocale(locale) ? { locale } : {}),
      };
    },
  };
}

function decodeClaims(jwt: string): { iss?: string; sub?: string } | null {
  const payload = jwt.split(".")[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
    if (!claims || typeof claims !== "object") return null;
    const { iss, sub } = claims as Record<string, unknown>;
    return {
      iss: typeof iss === "string" ? iss : undefined,
      sub: typeof sub === "string" ? sub : undefined,
    };
  } catch {
    return null;
  }
}

/** Builds the generic plugin's provider (it fetches the discovery document); null if it failed. */
async function buildProvider(
  settings: SsoProviderSettings,
  context: AuthContext,
): Promise<SocialProvider | null> {
  const plugin = genericOAuth({ config: [genericConfig(settings)] });
  const { context: built } = await plugin.init({ ...context, socialProviders: [] });
  return built.socialProviders.find((p) => p.id === SSO_PROVIDER_ID) ?? null;
}

export function ssoPlugin(
  useCases: Pick<UseCases, "findSsoProviderForAuth">,
  /** The sign-in page that tells what went wrong (better-auth adds `error=<code>`). */
  errorUrl: string,
): BetterAuthPlugin {
  let current: { key: string; provider: SocialProvider; builtAt: number } | null = null;

  const putInForce = async (context: AuthContext) => {
    const settings = await useCases.findSsoProviderForAuth();
    const providers = context.socialProviders;
    const at = providers.findIndex((p) => p.id === SSO_PROVIDER_ID);
    if (at >= 0) providers.splice(at, 1);
    if (!settings) {
      current = null;
      return true;
    }
    const key = JSON.stringify(settings);
    if (current?.key !== key || Date.now() - current.builtAt > REBUILD_AFTER_MS) {
      const provider = await buildProvider(settings, context);
      // No answer from the provider: the sign-in comes back to the page as "not reachable".
      if (!provider) {
        current = null;
        return false;
      }
      current = { key, provider, builtAt: Date.now() };
    }
    providers.push(current.provider);
    return true;
  };

  return {
    id: "shelfmates-sso",
    hooks: {
      before: [
        {
          matcher: (ctx) =>
            (ctx.path === "/sign-in/social" &&
              (ctx.body as { provider?: unknown } | undefined)?.provider === SSO_PROVIDER_ID) ||
            (ctx.path === SSO_CALLBACK_PATH && ctx.params?.id === SSO_PROVIDER_ID),
          handler: createAuthMiddleware(async (ctx) => {
            if (await putInForce(ctx.context)) return;
            if (ctx.path === SSO_CALLBACK_PATH)
              throw ctx.redirect(`${errorUrl}&error=${UNAVAILABLE.toLowerCase()}`);
            throw new APIError("SERVICE_UNAVAILABLE", {
              message: "The sign-in provider did not answer.",
              code: UNAVAILABLE,
            });
          }),
        },
      ],
    },
  };
}

/**
 * A person the provider names is given an account only for an address the provider vouches
 * for (email_verified): otherwise anyone able to put any address in their profile at the
 * provider could open an account in someone else's name, keep signing into it, and wait for
 * its owner to take it up. The account is made in the language of the page it started from.
 */
export function ssoNewUser(
  user: { emailVerified?: unknown; locale?: unknown },
  request: { headers?: Headers } | undefined,
): { data: { locale: string } } {
  if (user.emailVerified !== true)
    throw new APIError("FORBIDDEN", {
      message: "The sign-in provider did not confirm this email address.",
      code: "SSO_EMAIL_NOT_VERIFIED",
    });
  // The page's language (the switcher's cookie) first, then the provider's, then the browser's.
  const given = typeof user.locale === "string" ? user.locale : null;
  const locale = localeForRequest(request?.headers, isLocale(given) ? given : null);
  return { data: { locale } };
}
