import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

/** Single sign-on by environment (docs/sso.md): checked at start-up, each problem by name. */
describe("SSO_ variables", () => {
  const base = { NODE_ENV: "test" } as const;

  it("are optional: without them single sign-on is off", () => {
    expect(loadConfig({ ...base }).sso).toBeNull();
  });

  it("give the provider, named after the issuer's host when SSO_NAME is not set", () => {
    expect(
      loadConfig({ ...base, SSO_ISSUER: "https://login.example.org", SSO_CLIENT_ID: "shelfmates" })
        .sso,
    ).toEqual({
      name: "login.example.org",
      issuer: "https://login.example.org",
      clientId: "shelfmates",
      clientSecret: "",
    });
    expect(
      loadConfig({
        ...base,
        SSO_ISSUER: "https://login.example.org",
        SSO_CLIENT_ID: "shelfmates",
        SSO_CLIENT_SECRET: "s3cret",
        SSO_NAME: "Library Association",
      }).sso,
    ).toMatchObject({ name: "Library Association", clientSecret: "s3cret" });
  });

  it("stop start-up with the variable's name when incomplete or unsafe", () => {
    expect(() => loadConfig({ ...base, SSO_CLIENT_ID: "shelfmates" })).toThrow(
      /SSO_ISSUER: required/,
    );
    expect(() => loadConfig({ ...base, SSO_ISSUER: "https://login.example.org" })).toThrow(
      /SSO_CLIENT_ID: required when SSO_ISSUER is set/,
    );
    expect(() =>
      loadConfig({ ...base, SSO_ISSUER: "http://login.example.org", SSO_CLIENT_ID: "x" }),
    ).toThrow(/SSO_ISSUER: must be an https URL/);
    expect(() => loadConfig({ ...base, SSO_ISSUER: "login", SSO_CLIENT_ID: "x" })).toThrow(
      /SSO_ISSUER: must be the provider's issuer URL/,
    );
    expect(() =>
      loadConfig({
        ...base,
        SSO_ISSUER: "https://x.org",
        SSO_CLIENT_ID: "x",
        SSO_NAME: "n".repeat(61),
      }),
    ).toThrow(/SSO_NAME/);
  });
});
