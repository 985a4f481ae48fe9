import { describe, expect, it } from "vitest";
import {
  discoveryUrlOf,
  issuerProblem,
  judgeDiscoveryDocument,
  ssoProviderInputSchema,
} from "./sso-provider.ts";

describe("an issuer URL", () => {
  it("is https, or plain http only on this machine", () => {
    expect(issuerProblem("https://login.example.org")).toBeNull();
    expect(issuerProblem("https://login.example.org/realms/library")).toBeNull();
    expect(issuerProblem("http://127.0.0.1:8080")).toBeNull();
    expect(issuerProblem("http://localhost:8080")).toBeNull();
    expect(issuerProblem("http://login.example.org")).toBe("https");
    for (const bad of [
      "login.example.org",
      "ftp://x.org",
      "https://x.org/?a=1",
      "https://x.org/#f",
      "https://u:p@x.org",
    ])
      expect(issuerProblem(bad)).toBe("invalid");
  });

  it("has its discovery document at /.well-known/openid-configuration", () => {
    expect(discoveryUrlOf("https://login.example.org/")).toBe(
      "https://login.example.org/.well-known/openid-configuration",
    );
    expect(discoveryUrlOf("https://x.org/realms/a")).toBe(
      "https://x.org/realms/a/.well-known/openid-configuration",
    );
  });
});

describe("a discovery document", () => {
  const issuer = "https://login.example.org";
  const good = {
    issuer,
    authorization_endpoint: `${issuer}/authorize`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    id_token_signing_alg_values_supported: ["RS256"],
  };

  it("is usable with the same issuer, its endpoints and a signing algorithm", () => {
    expect(judgeDiscoveryDocument(issuer, good)).toEqual({
      usable: true,
      issuer,
      authorizationEndpoint: `${issuer}/authorize`,
    });
    expect(judgeDiscoveryDocument(`${issuer}/`, good).usable).toBe(true);
  });

  it("says what is wrong otherwise", () => {
    expect(judgeDiscoveryDocument(issuer, null)).toEqual({ usable: false, reason: "not_json" });
    expect(judgeDiscoveryDocument(issuer, { ...good, issuer: "https://other.org" })).toEqual({
      usable: false,
      reason: "issuer_mismatch",
    });
    expect(judgeDiscoveryDocument(issuer, { ...good, jwks_uri: undefined })).toEqual({
      usable: false,
      reason: "missing_endpoints",
    });
    expect(
      judgeDiscoveryDocument(issuer, { ...good, id_token_signing_alg_values_supported: [] }),
    ).toEqual({ usable: false, reason: "no_id_tokens" });
  });
});

describe("the administrators' form", () => {
  const form = {
    name: " Library Association ",
    issuer: "https://login.example.org",
    clientId: "shelfmates",
    clientSecret: "",
    publicClient: false,
    enabled: true,
  };

  it("takes a provider, trimmed", () => {
    const parsed = ssoProviderInputSchema.parse(form);
    expect(parsed.name).toBe("Library Association");
  });

  it("refuses an issuer in clear over the network, a missing client id, a secret both typed and forgotten", () => {
    const result = ssoProviderInputSchema.safeParse({
      ...form,
      issuer: "http://login.example.org",
      clientId: " ",
      clientSecret: "s",
      publicClient: true,
    });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(
      (result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]),
    );
    expect(messages).toEqual({
      issuer: "sso:errors.issuerHttps",
      clientId: "errors.required",
      clientSecret: "sso:errors.secretOrPublic",
    });
  });
});
