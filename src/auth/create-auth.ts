import { hash, verify } from "@node-rs/argon2";
import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import type { drizzleAdapter } from "better-auth/adapters/drizzle";
import { magicLink } from "better-auth/plugins/magic-link";
import { MAX_ACCOUNT_NAME_LENGTH } from "../domain/accounts/account-name.ts";
import { searchTextOf } from "../domain/search-text.ts";
import { localeForRequest } from "../i18n/request-locale.ts";
import { headersOfPage, withPageHeaders } from "./page-headers.ts";
import { CLIENT_ADDRESS_HEADER } from "./client-address.ts";
import { throttleHook } from "./throttle-hook.ts";
import { SSO_CALLBACK_PATH, ssoNewUser, ssoPlugin } from "./sso-plugin.ts";
import type { AccountEmailMessage } from "../use-cases/accounts/queue-account-email.ts";
import type { Ids } from "../use-cases/ports.ts";
import type { UseCases } from "../use-cases/use-cases.ts";

// OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane.
const ARGON2_OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1, algorithm: 2 } as const;

export interface AuthDeps {
  /** better-auth's database adapter, wired by the composition root. */
  database: ReturnType<typeof drizzleAdapter>;
  useCases: Pick<
    UseCases,
    | "queueAccountEmail"
    | "acceptFacilitatorInvitations"
    | "throttleRequest"
    | "recordSignUpConsent"
    | "findSsoProviderForAuth"
  >;
  ids: Ids;
  baseUrl: string;
  secret: string;
  /** Rate limits are on in production; tests that sign in many times turn them off. */
  rateLimit: boolean;
  onEmailQueued(): void;
}

export function createAuth(deps: AuthDeps) {
  const sendEmail = async (
    to: string,
    name: string,
    locale: string,
    message: AccountEmailMessage,
  ) => {
    await deps.useCases.queueAccountEmail({ to, toName: name, locale, message });
    deps.onEmailQueued();
  };
  // Data or a role tied to an email address reaches an account only once it has proved the
  // address: at creation when it comes verified (a magic link), else when it verifies.
  const acceptInvitationsIfVerified = async (user: { id: string; emailVerified?: unknown }) => {
    if (user.emailVerified === true) await deps.useCases.acceptFacilitatorInvitations(user.id);
  };
  // Every way a name reaches the user table (sign-up, a sign-in link's, changing it) passes
  // here; 400, not 403, which sign-up would turn into its answer for a known address.
  const refuseLongName = (user: { name?: unknown }): Promise<void> => {
    if (typeof user.name === "string" && user.name.length > MAX_ACCOUNT_NAME_LENGTH)
      throw new APIError("BAD_REQUEST", {
        message: `The name is too long: at most ${MAX_ACCOUNT_NAME_LENGTH} characters.`,
        code: "NAME_TOO_LONG",
      });
    return Promise.resolve();
  };
  const userLocale = (user: object) => {
    const locale = (user as { locale?: unknown }).locale;
    return typeof locale === "string" ? locale : null;
  };

  // Where a sign-in with the association's provider comes back to when it fails (decision 0022).
  const ssoErrorUrl = `${deps.baseUrl}/sign-in?sso=failed`;

  const auth = betterAuth({
    baseURL: deps.baseUrl,
    secret: deps.secret,
    database: deps.database,
    user: {
      additionalFields: {
        role: { type: "string", required: false, defaultValue: "user", input: false },
        locale: { type: "string", required: false, input: true },
        // The name as the one search rule folds it (administrators' people list, the audit
        // log's person filter); written by the hooks below with every name, never sent out.
        searchText: { type: "string", required: false, input: false, returned: false },
      },
    },
    emailAndPassword: {
      enabled: true,
      minPasswordLength: 10,
      maxPasswordLength: 128,
      // Sign-up answers a known address as it answers a new one (and signs nobody in before
      // the address is proved, or the session would tell); the owner hears of it by email.
      autoSignIn: false,
      // A reset password ends every session of the account (issue 16).
      revokeSessionsOnPasswordReset: true,
      onExistingUserSignUp: async ({ user }, request) => {
        const locale = localeForRequest(headersOfPage(request), userLocale(user));
        await sendEmail(user.email, user.name, locale, {
          kind: "account-exists",
          name: user.name,
          signInUrl: `${deps.baseUrl}/sign-in`,
          resetUrl: `${deps.baseUrl}/forgot-password`,
        });
      },
      password: {
        hash: (password) => hash(password, ARGON2_OPTIONS),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      sendResetPassword: async ({ user, url }, request) => {
        const locale = localeForRequest(headersOfPage(request), userLocale(user));
        await sendEmail(user.email, user.name, locale, {
          kind: "reset-password",
          name: user.name,
          url,
        });
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      autoSignInAfterVerification: true,
      sendVerificationEmail: async ({ user, url }, request) => {
        const locale = localeForRequest(headersOfPage(request), userLocale(user));
        await sendEmail(user.email, user.name, locale, {
          kind: "verify-email",
          name: user.name,
          url,
        });
      },
    },
    plugins: [
      magicLink({
        sendMagicLink: async ({ email, url }, ctx) => {
          // Called from the sign-in page's action, better-auth has the page's headers but no
          // Request: without them every sign-in link went out in English.
          const locale = localeForRequest(headersOfPage(ctx?.request) ?? ctx?.headers);
          await sendEmail(email, "", locale, { kind: "magic-link", url });
        },
      }),
      ssoPlugin(deps.useCases, ssoErrorUrl),
    ],
    // A sign-in with the provider that fails before its own page is known (a lost state)
    // comes back to the sign-in page too, never to better-auth's own error page.
    onAPIError: { errorURL: ssoErrorUrl },
    databaseHooks: {
      user: {
        create: {
          before: async (user, ctx) => {
            await refuseLongName(user);
            const searchText = searchTextOf([user.name]);
            if (ctx?.path === SSO_CALLBACK_PATH) {
              const sso = ssoNewUser(user, ctx.request);
              return { data: { ...sso.data, searchText } };
            }
            return { data: { searchText } };
          },
          after: async (user, ctx) => {
            // The sign-up page takes only someone who agreed to the privacy notice (issue 16);
            // so does the sign-in page's "Sign in with …" button, which says so beside it.
            if (ctx?.path === "/sign-up/email" || ctx?.path === SSO_CALLBACK_PATH)
              await deps.useCases.recordSignUpConsent({
                userId: user.id,
                email: user.email,
                locale: userLocale(user) ?? "en",
              });
            await acceptInvitationsIfVerified(user);
          },
        },
        update: {
          before: async (changes) => {
            await refuseLongName(changes);
            if (typeof changes.name === "string")
              return { data: { ...changes, searchText: searchTextOf([changes.name]) } };
          },
          after: acceptInvitationsIfVerified,
        },
      },
    },
    // Every request looks its session up (once: src/web/shared/once-per-request.ts), so a
    // session ended by a password change, by an administrator or by erasure is gone on the
    // very next request; no signed cookie carries it for a minute (decision 0021).
    session: { cookieCache: { enabled: false } },
    // Our limits (throttle-hook.ts) count in the database, per address and per client, for
    // the API and the pages alike; better-auth's own in-memory limiter stays in front of the
    // API, keyed by the address the server saw rather than a header a client can send.
    ...(deps.rateLimit ? { hooks: { before: throttleHook(deps.useCases) } } : {}),
    rateLimit: { enabled: deps.rateLimit, window: 60, max: 100 },
    advanced: {
      database: { generateId: () => deps.ids.newId() },
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
  });
  // Routes reach this through the services, so the headers land in this module's store (the
  // built routes bundle their own copy of any module they import).
  return Object.assign(auth, { withPageHeaders });
}

export type Auth = ReturnType<typeof createAuth>;
