import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { auditLog, user } from "../../db/schema/index.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import { createProgramme } from "./create-programme.ts";
import { inviteFacilitator } from "./invite-facilitator.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { createLinkSigner } from "../../link-signer.ts";

let database: TestDatabase;
let deps: UseCaseDeps;
const now = new Date("2027-01-15T12:00:00Z");
const admin: Actor = { userId: "admin-user", role: "admin" };
/** Facilitates the programme the invitations are for (not an administrator). */
const fay: Actor = { userId: "fay", role: "user" };
/** Facilitates a programme of their own only. */
const otto: Actor = { userId: "otto", role: "user" };
const stranger: Actor = { userId: "nobody", role: "user" };

async function newProgramme(name: string, defaultLanguage: "en" | "fr", facilitator: Actor) {
  const programme = await createProgramme(deps, admin, { name, defaultLanguage });
  if (!programme.ok) throw new Error(JSON.stringify(programme.error));
  await database.uow.transaction((r) =>
    r.programmes.addFacilitator(programme.value.id, facilitator.userId, admin.userId),
  );
  return programme.value;
}

const mailTo = async (email: string) =>
  (await database.uow.read.outbox.list({ offset: 0, limit: 10 }, email)).items;

const auditOf = (programmeId: string) =>
  database.db.select().from(auditLog).where(eq(auditLog.subjectId, programmeId));

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "fay", name: "Fay", email: "fay@example.org", role: "user" },
    { id: "otto", name: "Otto", email: "otto@example.org", role: "user" },
    {
      id: "vera",
      name: "Vera",
      email: "vera@example.org",
      role: "user",
      emailVerified: true,
      locale: "en",
    },
  ]);
  deps = {
    uow: database.uow,
    clock: { now: () => now },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
  };
});
afterAll(async () => database.close());

describe("inviting a facilitator", () => {
  it("records an invitation to a new address, emails a sign-up link in the programme's language and audits it", async () => {
    const programme = await newProgramme("Bibliothèques", "fr", fay);
    const invited = await inviteFacilitator(deps, fay, {
      programmeId: programme.id,
      email: "  New.Person@Example.org ",
    });
    expect(invited).toEqual({ ok: true, value: { granted: false } });
    const pending = await database.uow.read.programmes.listPendingInvitations(programme.id);
    expect(pending.map((p) => p.email)).toEqual(["new.person@example.org"]);
    const mail = await mailTo("new.person@example.org");
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      kind: "facilitator-invitation",
      subject: "Vous êtes invité·e à animer Bibliothèques",
    });
    expect(mail[0]!.bodyText).toContain("Fay vous invite à animer le programme Bibliothèques");
    expect(mail[0]!.bodyText).toContain(
      "http://test.localhost/sign-up?email=new.person%40example.org",
    );
    const audit = await auditOf(programme.id);
    expect(audit.filter((a) => a.action === "programme.facilitator_invited")).toMatchObject([
      { actorUserId: "fay", data: { email: "new.person@example.org" } },
    ]);
  });

  it("makes an account that has verified the address a facilitator at once, and sends a sign-in link", async () => {
    const programme = await newProgramme("Verified", "en", fay);
    expect(
      await inviteFacilitator(deps, fay, { programmeId: programme.id, email: "VERA@example.org" }),
    ).toEqual({ ok: true, value: { granted: true } });
    expect(await database.uow.read.programmes.isFacilitator(programme.id, "vera")).toBe(true);
    expect(await database.uow.read.programmes.listPendingInvitations(programme.id)).toEqual([]);
    const mail = (await mailTo("vera@example.org")).filter((m) => m.bodyText.includes("Verified"));
    expect(mail).toHaveLength(1);
    expect(mail[0]!.bodyText).toContain("http://test.localhost/sign-in?email=vera%40example.org");
  });

  it("keeps one pending invitation when the same address is invited twice", async () => {
    const programme = await newProgramme("Twice", "en", fay);
    for (const email of ["twice@example.org", "Twice@Example.org"])
      expect(await inviteFacilitator(deps, fay, { programmeId: programme.id, email })).toEqual({
        ok: true,
        value: { granted: false },
      });
    expect(await database.uow.read.programmes.listPendingInvitations(programme.id)).toHaveLength(1);
  });

  it("refuses an invalid address, naming the field, and records nothing", async () => {
    const programme = await newProgramme("Invalid", "en", fay);
    expect(
      await inviteFacilitator(deps, fay, { programmeId: programme.id, email: "not an email" }),
    ).toEqual({
      ok: false,
      error: { code: "invalid", fieldErrors: { email: { key: "errors.email" } } },
    });
    expect(await database.uow.read.programmes.listPendingInvitations(programme.id)).toEqual([]);
  });

  it("is refused, as if the programme did not exist, to strangers and facilitators of another programme", async () => {
    const programme = await newProgramme("Private", "en", fay);
    await newProgramme("Otto's own", "en", otto);
    const notFound = { ok: false, error: { code: "not_found" } };
    for (const actor of [stranger, otto, null])
      expect(
        await inviteFacilitator(deps, actor, {
          programmeId: programme.id,
          email: "vera@example.org",
        }),
      ).toEqual(notFound);
    expect(
      await inviteFacilitator(deps, admin, {
        programmeId: "no-such-programme",
        email: "x@example.org",
      }),
    ).toEqual(notFound);
    expect(await database.uow.read.programmes.isFacilitator(programme.id, "vera")).toBe(false);
    expect(await database.uow.read.programmes.listPendingInvitations(programme.id)).toEqual([]);
    expect(
      (await mailTo("vera@example.org")).filter((m) => m.bodyText.includes("Private")),
    ).toEqual([]);
    expect((await auditOf(programme.id)).map((a) => a.action)).toEqual(["programme.created"]);
  });
});
