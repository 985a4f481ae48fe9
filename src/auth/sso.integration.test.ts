/**
 * Single sign-on against an OpenID provider running in this process (oauth2-mock-server): a
 * new person gets an account, an existing account is joined only when the provider vouches
 * for the address, and a sign-in whose state or PKCE verifier does not match is refused.
 * Driven the way a browser would: the sign-in page's form starts it, the provider redirects
 * back to better-auth's callback with the state cookie.
 */
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import * as schema from "../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../db/test-database.ts";
import { testUseCaseDeps } from "../db/test-use-case-deps.ts";
import { fetchDiscovery } from "../fetch-discovery.ts";
import { systemIds } from "../ids.ts";
import { createSecretBox } from "../secret-box.ts";
import type { SsoProviderSettings } from "../domain/sso/sso-provider.ts";
import { createUseCases, type UseCases } from "../use-cases/use-cases.ts";
import { startSsoSignIn } from "../web/features/sso/start-sso-sign-in.server.ts";
import { createAuth, type Auth } from "./create-auth.ts";
import {
  startTestIdentityProvider,
  type TestIdentity,
  type TestIdentityProvider,
} from "./testing/test-identity-provider.ts";

const BASE = "http://sso.test.localhost";
const SECRET = "sso-test-secret-0123456789-abcdefghijkl";

let database: TestDatabase;
let provider: TestIdentityProvider;
let auth: Auth;
let useCases: UseCases;
let environment: { current: SsoProviderSettings | null };

beforeAll(async () => {
  database = await openTestDatabase();
  provider = await startTestIdentityProvider();
  environment = {
    current: {
      name: "Library Association",
      issuer: provider.issuer,
      clientId: "shelfmates",
      clientSecret: "client-secret",
    },
  };
  const deps = {
    ...testUseCaseDeps(database, new Date()),
    sso: {
      get fromEnvironment() {
        return environment.current;
      },
      secrets: createSecretBox(SECRET, "sso-client-secret"),
      fetchDiscovery,
    },
  };
  useCases = createUseCases(deps);
  auth = createAuth({
    database: drizzleAdapter(database.db, { provider: "pg", schema }),
    useCases,
    ids: systemIds,
    baseUrl: BASE,
    secret: SECRET,
    rateLimit: false,
    onEmailQueued: () => undefined,
  });
});
afterAll(async () => {
  await provider.stop();
  await database.close();
});

const cookieHeader = (setCookies: string[]) => setCookies.map((c) => c.split(";")[0]).join("; ");

/** The sign-in page's button, then the provider, then back to better-auth's callback. */
async function signInWithProvider(
  identity: TestIdentity,
  options: { next?: string; language?: string; tamper?: (authorizationUrl: URL) => void } = {},
) {
  const headers = new Headers({ Origin: BASE });
  if (options.language) headers.set("Cookie", `lang=${options.language}`);
  const started = await startSsoSignIn(auth, { headers }, options.next ?? "/signed-in");
  if ("error" in started) throw new Error(`did not start: ${started.error}`);
  const authorizationUrl = new URL(started.url);
  options.tamper?.(authorizationUrl);
  const callback = await provider.authorizeAs(authorizationUrl.toString(), identity);
  expect(callback.startsWith(`${BASE}/api/auth/callback/sso?`)).toBe(true);
  const cookies = [
    cookieHeader(started.cookies),
    options.language ? `lang=${options.language}` : "",
  ]
    .filter(Boolean)
    .join("; ");
  const response = await auth.handler(new Request(callback, { headers: { Cookie: cookies } }));
  const location = response.headers.get("location") ?? "";
  const sessionCookie = cookieHeader(
    response.headers
      .getSetCookie()
      .filter((c) => c.includes("session_token=") && !/Max-Age=0/i.test(c)),
  );
  return { status: response.status, location, sessionCookie, authorizationUrl };
}

async function sessionUser(cookie: string) {
  if (!cookie) return null;
  return (await auth.api.getSession({ headers: new Headers({ Cookie: cookie }) }))?.user ?? null;
}

/** An account made with a password whose address was proved by its emailed link. */
async function verifiedPasswordAccount(name: string, email: string) {
  await auth.handler(
    new Request(`${BASE}/api/auth/sign-up/email`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: BASE },
      body: JSON.stringify({ name, email, password: "a-long-enough-password" }),
    }),
  );
  const { items } = await database.uow.read.outbox.list({ offset: 0, limit: 5 }, email);
  const url = /https?:\/\/\S+verify-email\S+/.exec(items[0]?.bodyText ?? "")?.[0];
  if (!url) throw new Error("no verification link");
  await auth.handler(new Request(url.replace(/[).,]+$/, "")));
  const user = await database.uow.read.users.findByEmail(email);
  if (!user) throw new Error("no account");
  return user;
}

async function accountsOf(userId: string) {
  const rows = await database.db.query.account.findMany({
    where: (account, { eq }) => eq(account.userId, userId),
  });
  return rows.map((row) => row.providerId).sort();
}

beforeEach(() => {
  environment.current = {
    name: "Library Association",
    issuer: provider.issuer,
    clientId: "shelfmates",
    clientSecret: "client-secret",
  };
});

describe("a new person", () => {
  it("gets an account with the provider's name and address, signed in where they asked", async () => {
    const signedIn = await signInWithProvider(
      { sub: "new-1", email: "Nadia@Example.org", name: "Nadia Haddad", emailVerified: true },
      { next: "/networks", language: "es" },
    );
    expect(signedIn.status).toBe(302);
    expect(signedIn.location).toBe("/networks");
    const user = await sessionUser(signedIn.sessionCookie);
    expect(user).toMatchObject({
      name: "Nadia Haddad",
      email: "nadia@example.org",
      emailVerified: true,
      locale: "es",
    });
    // The button's page says that the first sign-in agrees to the privacy notice.
    const consents = await useCases.listMyConsents({ userId: user!.id, role: "user" });
    expect(consents.ok && consents.value.map((c) => c.purpose)).toEqual(["privacy"]);

    // Next time, the same person at the provider is the same account.
    const again = await signInWithProvider({
      sub: "new-1",
      email: "nadia@example.org",
      name: "Nadia Haddad",
      emailVerified: true,
    });
    expect((await sessionUser(again.sessionCookie))?.id).toBe(user!.id);
  });

  it("gets no account when the provider does not vouch for the address", async () => {
    for (const emailVerified of [false, undefined]) {
      const refused = await signInWithProvider({
        sub: `unverified-${String(emailVerified)}`,
        email: "mallory@example.org",
        name: "Mallory",
        emailVerified,
      });
      expect(refused.sessionCookie).toBe("");
      const url = new URL(refused.location, BASE);
      expect(url.pathname).toBe("/sign-in");
      expect(url.searchParams.get("sso")).toBe("failed");
      expect(url.searchParams.get("error")).toBe("SSO_EMAIL_NOT_VERIFIED");
      expect(await database.uow.read.users.findByEmail("mallory@example.org")).toBeUndefined();
    }
  });

  it("goes only to a page of this site afterwards (the sign-in page's rule)", async () => {
    for (const next of ["https://evil.example/", "//evil.example/x", "/\\evil.example"]) {
      const signedIn = await signInWithProvider(
        { sub: "next-rule", email: "rules@example.org", name: "Rule", emailVerified: true },
        { next },
      );
      expect(signedIn.location).toBe("/signed-in");
    }
  });
});

describe("an existing account with the same address", () => {
  it("is joined when the provider says the address is verified", async () => {
    const existing = await verifiedPasswordAccount("Ada Okafor", "ada@example.org");
    const signedIn = await signInWithProvider({
      sub: "ada-at-provider",
      email: "ada@example.org",
      name: "Ada at the provider",
      emailVerified: true,
    });
    expect(signedIn.location).toBe("/signed-in");
    const user = await sessionUser(signedIn.sessionCookie);
    expect(user?.id).toBe(existing.id);
    // Her own name stays; her password still works beside the provider.
    expect(user?.name).toBe("Ada Okafor");
    expect(await accountsOf(existing.id)).toEqual(["credential", "sso"]);
  });

  it("is not taken over when the provider does not vouch for the address", async () => {
    const existing = await verifiedPasswordAccount("Grace Lin", "grace@example.org");
    for (const emailVerified of [false, undefined]) {
      const refused = await signInWithProvider({
        sub: `impostor-${String(emailVerified)}`,
        email: "grace@example.org",
        name: "Impostor",
        emailVerified,
      });
      expect(refused.sessionCookie).toBe("");
      const url = new URL(refused.location, BASE);
      expect(url.pathname).toBe("/sign-in");
      expect(url.searchParams.get("error")).toBe("account_not_linked");
      expect(await accountsOf(existing.id)).toEqual(["credential"]);
      expect((await database.uow.read.users.findByEmail("grace@example.org"))?.name).toBe(
        "Grace Lin",
      );
    }
  });
});

describe("a sign-in that does not belong to this browser", () => {
  const someone = { sub: "s-1", email: "sam@example.org", name: "Sam", emailVerified: true };

  it("is refused when the state does not match the browser's cookie", async () => {
    const headers = new Headers({ Origin: BASE });
    const mine = await startSsoSignIn(auth, { headers }, "/");
    const theirs = await startSsoSignIn(auth, { headers }, "/");
    if ("error" in mine || "error" in theirs) throw new Error("did not start");
    // The attacker's callback (their state) arrives in my browser (my state cookie).
    const callback = await provider.authorizeAs(theirs.url, someone);
    for (const cookie of [cookieHeader(mine.cookies), ""]) {
      const response = await auth.handler(new Request(callback, { headers: { Cookie: cookie } }));
      expect(response.status).toBe(302);
      const url = new URL(response.headers.get("location") ?? "", BASE);
      expect(url.pathname).toBe("/sign-in");
      expect(url.searchParams.get("error")).toMatch(/state/);
      expect(response.headers.getSetCookie().some((c) => /session_token=[^;]/.test(c))).toBe(false);
    }
    expect(await database.uow.read.users.findByEmail("sam@example.org")).toBeUndefined();
  });

  it("is refused when the code was issued for another PKCE challenge", async () => {
    const refused = await signInWithProvider(someone, {
      tamper: (url) => url.searchParams.set("code_challenge", "A".repeat(43)),
    });
    expect(refused.sessionCookie).toBe("");
    expect(new URL(refused.location, BASE).searchParams.get("error")).toBe("invalid_code");
    expect(await database.uow.read.users.findByEmail("sam@example.org")).toBeUndefined();
  });
});

describe("configuration", () => {
  it("is off without a provider: the page has no button and a started sign-in says so", async () => {
    environment.current = null;
    expect(await useCases.findSsoSignIn()).toBeNull();
    const started = await startSsoSignIn(auth, { headers: new Headers({ Origin: BASE }) }, "/");
    expect(started).toEqual({ error: "off" });
  });

  it("uses an administrator's provider, and the environment's wins when both exist", async () => {
    environment.current = null;
    const admin = { userId: systemIds.newId(), role: "admin" as const };
    await database.db.insert(schema.user).values({
      id: admin.userId,
      name: "Admin",
      email: "sso-admin@example.org",
      emailVerified: true,
      role: "admin",
    });
    const saved = await useCases.saveSsoSettings(admin, {
      name: "Stored Provider",
      issuer: provider.issuer,
      clientId: "shelfmates",
      clientSecret: "stored-secret",
      publicClient: false,
      enabled: true,
    });
    expect(saved.ok).toBe(true);
    expect(await useCases.findSsoSignIn()).toEqual({ name: "Stored Provider" });
    const signedIn = await signInWithProvider({
      sub: "stored-1",
      email: "stored@example.org",
      name: "Stored",
      emailVerified: true,
    });
    expect((await sessionUser(signedIn.sessionCookie))?.email).toBe("stored@example.org");

    environment.current = {
      name: "From the environment",
      issuer: provider.issuer,
      clientId: "shelfmates",
      clientSecret: "",
    };
    expect(await useCases.findSsoSignIn()).toEqual({ name: "From the environment" });
  });
});
