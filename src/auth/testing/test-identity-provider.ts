/**
 * An OpenID Connect provider for the single sign-on tests (oauth2-mock-server, in-process):
 * real discovery, keys, PKCE and signed ID tokens. Like a real provider it has its own
 * sign-in page: its authorization endpoint (/authorize) answers a small form asking who is
 * signing in (name, address, whether the address is verified), which continues to the mock's
 * own endpoint; the ID token then carries that person. Tests without a browser skip the form
 * with `authorizeAs`. Not for production: it believes whatever is typed.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  Events,
  OAuth2Server,
  type MutableRedirectUri,
  type MutableResponse,
  type MutableToken,
  type TokenRequestIncomingMessage,
} from "oauth2-mock-server";

export interface TestIdentity {
  sub: string;
  email: string;
  name: string;
  /** Left out of the ID token when undefined (a provider that does not say). */
  emailVerified?: boolean;
}

export interface TestIdentityProvider {
  issuer: string;
  /** Follows an authorization URL as `identity`: the callback URL the provider sends back to. */
  authorizeAs(authorizationUrl: string, identity: TestIdentity): Promise<string>;
  stop(): Promise<void>;
}

const CONTINUE_PATH = "/authorize/continue";

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The provider's sign-in page: every parameter of the request carried on, plus who. */
function signInPage(req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? "/", "http://provider.invalid");
  const carried = [...url.searchParams]
    .map(([k, v]) => `<input type="hidden" name="${escapeHtml(k)}" value="${escapeHtml(v)}">`)
    .join("");
  res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
  res.end(`<!doctype html><html lang="en"><head><title>Test identity provider</title></head>
<body><main><h1>Test identity provider</h1>
<form method="get" action="${CONTINUE_PATH}">${carried}
<p><label for="login_name">Your name</label> <input id="login_name" name="login_name" required></p>
<p><label for="login_email">Your email</label> <input id="login_email" name="login_email" type="email" required></p>
<p><input id="login_verified" name="login_verified" type="checkbox" value="1" checked>
<label for="login_verified">This address is verified</label></p>
<p><button type="submit">Continue</button></p></form></main></body></html>`);
}

export async function startTestIdentityProvider(
  options: { port?: number } = {},
): Promise<TestIdentityProvider> {
  const server = new OAuth2Server(undefined, undefined, {
    endpoints: { authorize: CONTINUE_PATH },
  });
  await server.issuer.keys.generate("RS256");
  const identities = new Map<string, TestIdentity>();

  server.service.addRoute("GET", "/authorize", signInPage);
  server.service.on(Events.BeforeWellKnownOpenIdConfiguration, (document: MutableResponse) => {
    const body = document.body as Record<string, unknown>;
    body.authorization_endpoint = `${server.issuer.url}/authorize`;
  });
  server.service.on(
    Events.BeforeAuthorizeRedirect,
    (redirect: MutableRedirectUri, req: IncomingMessage) => {
      const query = new URL(req.url ?? "/", "http://provider.invalid").searchParams;
      const code = redirect.url.searchParams.get("code");
      const email = query.get("login_email");
      if (!code || !email) return;
      const verified = query.get("login_verified");
      identities.set(code, {
        sub: query.get("login_sub") || `sub-${email}`,
        email,
        name: query.get("login_name") ?? "",
        emailVerified: verified === null ? undefined : verified === "1",
      });
    },
  );
  server.service.on(
    Events.BeforeTokenSigning,
    (token: MutableToken, req: TokenRequestIncomingMessage) => {
      const identity = identities.get(req.body.code ?? "");
      if (!identity) return;
      Object.assign(token.payload, {
        sub: identity.sub,
        email: identity.email,
        name: identity.name,
        ...(identity.emailVerified === undefined ? {} : { email_verified: identity.emailVerified }),
      });
    },
  );

  await server.start(options.port ?? 0, "127.0.0.1");
  const issuer = server.issuer.url;
  if (!issuer) throw new Error("the test identity provider has no issuer URL");

  return {
    issuer,
    async authorizeAs(authorizationUrl, identity) {
      const url = new URL(authorizationUrl);
      url.pathname = CONTINUE_PATH;
      url.searchParams.set("login_sub", identity.sub);
      url.searchParams.set("login_email", identity.email);
      url.searchParams.set("login_name", identity.name);
      if (identity.emailVerified !== undefined)
        url.searchParams.set("login_verified", identity.emailVerified ? "1" : "0");
      const response = await fetch(url, { redirect: "manual" });
      const location = response.headers.get("location");
      if (!location) throw new Error(`the provider answered ${response.status} without a redirect`);
      return location;
    },
    stop: () => server.stop(),
  };
}
