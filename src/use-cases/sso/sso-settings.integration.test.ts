/**
 * The administrators' single sign-on settings: only administrators reach them (404 for anyone
 * else), the client secret is sealed in the database and never comes back, a provider whose
 * discovery document does not answer is not turned on, and the discovery test says plainly
 * what it found (against oauth2-mock-server in-process). PGlite and PostgreSQL.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as schema from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { testUseCaseDeps } from "../../db/test-use-case-deps.ts";
import { fetchDiscovery } from "../../fetch-discovery.ts";
import { systemIds } from "../../ids.ts";
import { createSecretBox } from "../../secret-box.ts";
import {
  startTestIdentityProvider,
  type TestIdentityProvider,
} from "../../auth/testing/test-identity-provider.ts";
import type { Actor } from "../result.ts";
import { createUseCases, type UseCases } from "../use-cases.ts";

let database: TestDatabase;
let provider: TestIdentityProvider;
let useCases: UseCases;
let admin: Actor;
const box = createSecretBox("settings-test-secret-0123456789-abcdef", "sso-client-secret");
const member: Actor = { userId: "not-an-admin", role: "user" };

beforeAll(async () => {
  database = await openTestDatabase();
  provider = await startTestIdentityProvider();
  useCases = createUseCases({
    ...testUseCaseDeps(database, "2027-03-01T10:00:00Z"),
    sso: { fromEnvironment: null, secrets: box, fetchDiscovery },
  });
  admin = { userId: systemIds.newId(), role: "admin" };
  await database.db.insert(schema.user).values({
    id: admin.userId,
    name: "Admin",
    email: "admin-sso@example.org",
    emailVerified: true,
    role: "admin",
  });
});
afterAll(async () => {
  await provider.stop();
  await database.close();
});

const form = () => ({
  name: "Library Association",
  issuer: provider.issuer,
  clientId: "shelfmates",
  clientSecret: "the-client-secret",
  publicClient: false,
  enabled: true,
});

async function storedRow() {
  const [row] = await database.db.select().from(schema.ssoProvider);
  return row;
}

describe("who reaches the settings", () => {
  it("is an administrator; anyone else is told there is nothing here", async () => {
    for (const actor of [null, member]) {
      expect(await useCases.getSsoSettings(actor)).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
      expect((await useCases.saveSsoSettings(actor, form())).ok).toBe(false);
      expect((await useCases.checkSsoDiscovery(actor, { issuer: provider.issuer })).ok).toBe(false);
    }
    expect(await storedRow()).toBeUndefined();
  });
});

describe("saving a provider", () => {
  it("seals the secret, never shows it back, and keeps it when the field is left empty", async () => {
    expect(await useCases.saveSsoSettings(admin, form())).toEqual({
      ok: true,
      value: { enabled: true },
    });
    const row = await storedRow();
    expect(row?.clientSecretSealed).not.toContain("the-client-secret");
    expect(box.open(row?.clientSecretSealed ?? "")).toBe("the-client-secret");
    const view = await useCases.getSsoSettings(admin);
    expect(JSON.stringify(view)).not.toContain("the-client-secret");
    expect(view.ok && view.value.stored).toMatchObject({ hasSecret: true, enabled: true });
    expect(await useCases.findSsoProviderForAuth()).toMatchObject({
      clientSecret: "the-client-secret",
    });

    await useCases.saveSsoSettings(admin, { ...form(), name: "Renamed", clientSecret: "" });
    expect(await useCases.findSsoProviderForAuth()).toMatchObject({
      name: "Renamed",
      clientSecret: "the-client-secret",
    });
    await useCases.saveSsoSettings(admin, { ...form(), clientSecret: "", publicClient: true });
    expect(await useCases.findSsoProviderForAuth()).toMatchObject({ clientSecret: "" });

    const audit = await database.db
      .select()
      .from(schema.auditLog)
      .where(eq(schema.auditLog.action, "sso.provider_saved"));
    expect(audit).toHaveLength(3);
    expect(JSON.stringify(audit)).not.toContain("the-client-secret");
  });

  it("turns it off, and the sign-in page's button goes with it", async () => {
    await useCases.saveSsoSettings(admin, { ...form(), enabled: false });
    expect(await useCases.findSsoSignIn()).toBeNull();
    await useCases.saveSsoSettings(admin, form());
    expect(await useCases.findSsoSignIn()).toEqual({ name: "Library Association" });
  });

  it("does not turn on a provider whose discovery document does not answer", async () => {
    await useCases.saveSsoSettings(admin, { ...form(), enabled: false });
    const refused = await useCases.saveSsoSettings(admin, {
      ...form(),
      issuer: `${provider.issuer}/no-such-realm`,
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: "invalid",
        fieldErrors: {
          issuer: {
            key: "sso:errors.discoveryFailed",
            values: { url: `${provider.issuer}/no-such-realm/.well-known/openid-configuration` },
          },
        },
      },
    });
    expect(await useCases.findSsoSignIn()).toBeNull();
    expect((await storedRow())?.issuer).toBe(provider.issuer);
  });

  it("checks each field beside it", async () => {
    const result = await useCases.saveSsoSettings(admin, {
      ...form(),
      issuer: "http://login.example.org",
      clientId: "",
    });
    expect(result.ok === false && result.error).toEqual({
      code: "invalid",
      fieldErrors: {
        issuer: { key: "sso:errors.issuerHttps" },
        clientId: { key: "errors.required" },
      },
    });
  });
});

describe("testing the discovery document", () => {
  it("says when the provider answered, and what it said", async () => {
    const checked = await useCases.checkSsoDiscovery(admin, { issuer: provider.issuer });
    expect(checked).toEqual({
      ok: true,
      value: {
        url: `${provider.issuer}/.well-known/openid-configuration`,
        outcome: "usable",
        issuer: provider.issuer,
        authorizationEndpoint: `${provider.issuer}/authorize`,
      },
    });
  });

  it("says plainly when it did not", async () => {
    const notThere = await useCases.checkSsoDiscovery(admin, { issuer: `${provider.issuer}/x` });
    expect(notThere.ok && notThere.value).toMatchObject({ outcome: "status", status: 404 });
    const nobody = await useCases.checkSsoDiscovery(admin, { issuer: "http://127.0.0.1:9" });
    expect(nobody.ok && nobody.value.outcome).toBe("unreachable");
    const typo = await useCases.checkSsoDiscovery(admin, { issuer: "login.example.org" });
    expect(typo.ok).toBe(false);
  });
});
