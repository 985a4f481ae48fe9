/**
 * Single sign-on (issue 16): an association's OpenID Connect provider. The rules every way of
 * configuring one shares (the environment at start-up, an administrator's form): what an
 * issuer may be, the name on the button, and what makes a discovery document usable.
 */
import { z } from "zod";

/** better-auth's id for the provider: its callback is /api/auth/callback/sso. */
export const SSO_PROVIDER_ID = "sso";
export const MAX_SSO_NAME_LENGTH = 60;
const MAX_ISSUER_LENGTH = 500;
const MAX_CLIENT_ID_LENGTH = 255;
export const MAX_CLIENT_SECRET_LENGTH = 500;

/** What signing in with a provider needs, wherever it was configured. */
export interface SsoProviderSettings {
  /** The name on the button: "Sign in with <name>". */
  name: string;
  issuer: string;
  clientId: string;
  /** "" for a public client (PKCE only). */
  clientSecret: string;
}

export type SsoSource = "environment" | "administrator";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Why an issuer URL cannot be used, or null: it must be an absolute https URL without a query
 * or fragment (OpenID Connect Discovery 1.0, §2); plain http only on this machine (tests and
 * development), since the tokens would otherwise cross the network in clear.
 */
export function issuerProblem(value: string): "invalid" | "https" | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "invalid";
  }
  if (value.length > MAX_ISSUER_LENGTH || url.search || url.hash || url.username) return "invalid";
  if (url.protocol === "https:") return null;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return null;
  return url.protocol === "http:" ? "https" : "invalid";
}

/** The discovery document's address: the issuer followed by /.well-known/openid-configuration. */
export function discoveryUrlOf(issuer: string): string {
  return `${issuer.replace(/\/+$/, "")}/.well-known/openid-configuration`;
}

/** The button's name when none is given: the issuer's host ("Sign in with login.example.org"). */
export function defaultSsoName(issuer: string): string {
  return new URL(issuer).host;
}

/** What a discovery document said, as far as signing in is concerned. */
export type DiscoveryVerdict =
  | { usable: true; issuer: string; authorizationEndpoint: string }
  | {
      usable: false;
      reason: "not_json" | "issuer_mismatch" | "missing_endpoints" | "no_id_tokens";
    };

const endpoint = z.string().refine((value) => issuerProblem(value) !== "invalid");
const discoverySchema = z.object({
  issuer: z.string(),
  authorization_endpoint: endpoint,
  token_endpoint: endpoint,
  jwks_uri: endpoint,
  id_token_signing_alg_values_supported: z.array(z.string()).optional(),
});

/**
 * Whether a discovery document lets people sign in with verified ID tokens: it must name the
 * same issuer that was asked (a mismatch would make every ID token fail), the authorization,
 * token and key endpoints, and at least one signing algorithm.
 */
export function judgeDiscoveryDocument(issuer: string, body: unknown): DiscoveryVerdict {
  if (!body || typeof body !== "object") return { usable: false, reason: "not_json" };
  const parsed = discoverySchema.safeParse(body);
  if (!parsed.success) {
    const issuerOnly = parsed.error.issues.every((issue) => issue.path[0] === "issuer");
    return { usable: false, reason: issuerOnly ? "issuer_mismatch" : "missing_endpoints" };
  }
  const document = parsed.data;
  if (document.issuer.replace(/\/+$/, "") !== issuer.replace(/\/+$/, ""))
    return { usable: false, reason: "issuer_mismatch" };
  if (!document.id_token_signing_alg_values_supported?.length)
    return { usable: false, reason: "no_id_tokens" };
  return {
    usable: true,
    issuer: document.issuer,
    authorizationEndpoint: document.authorization_endpoint,
  };
}

const text = (max: number) =>
  z
    .string()
    .transform((value) => value.trim())
    .pipe(z.string().max(max));

/**
 * An administrator's form. A blank secret keeps the stored one (it is never shown back);
 * `publicClient` forgets it. Messages are i18n keys ("sso:errors.…" or common "errors.…").
 */
export const ssoProviderInputSchema = z
  .object({
    name: text(MAX_SSO_NAME_LENGTH),
    issuer: text(MAX_ISSUER_LENGTH).pipe(z.string().min(1, "errors.required")),
    clientId: text(MAX_CLIENT_ID_LENGTH).pipe(z.string().min(1, "errors.required")),
    clientSecret: z.string().max(MAX_CLIENT_SECRET_LENGTH),
    publicClient: z.boolean(),
    enabled: z.boolean(),
  })
  .superRefine((input, ctx) => {
    const problem = input.issuer ? issuerProblem(input.issuer) : null;
    if (problem === "https")
      ctx.addIssue({ code: "custom", path: ["issuer"], message: "sso:errors.issuerHttps" });
    if (problem === "invalid")
      ctx.addIssue({ code: "custom", path: ["issuer"], message: "sso:errors.issuerInvalid" });
    if (input.publicClient && input.clientSecret.trim())
      ctx.addIssue({
        code: "custom",
        path: ["clientSecret"],
        message: "sso:errors.secretOrPublic",
      });
  });

export type SsoProviderInput = z.input<typeof ssoProviderInputSchema>;
