/**
 * Data or a role tied to an email address reaches an account only once the account has proved
 * the address. Both holes this closes were real: /account listed the applications of anyone
 * whose address an account had merely typed in, and a facilitator invitation became a role for
 * whoever signed up first with the invited address.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog, user } from "../../db/schema/index.ts";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import { changeRoundStatus } from "../rounds/change-round-status.ts";
import { createProgramme } from "../programmes/create-programme.ts";
import { inviteFacilitator } from "../programmes/invite-facilitator.ts";
import type { UseCaseDeps } from "../ports.ts";
import { acceptFacilitatorInvitations } from "../programmes/accept-facilitator-invitations.ts";
import type { Actor } from "../result.ts";
import { saveRound } from "../rounds/save-round.ts";
import { submitApplication } from "../applications/submit-application.ts";
import { findMyAccount } from "./find-my-account.ts";
import { findMyLastApplication } from "../applications/find-my-last-application.ts";
import { findMyRoles } from "./find-my-roles.ts";
import { createLinkSigner } from "../../link-signer.ts";
import { roundDates } from "../testing/round-dates.ts";

let database: TestDatabase;
let deps: UseCaseDeps;
const now = new Date("2027-01-15T12:00:00Z");
const admin: Actor = { userId: "admin-user", role: "admin" };

async function addUser(id: string, email: string, emailVerified: boolean): Promise<Actor> {
  await database.db.insert(user).values({ id, name: id, email, emailVerified, role: "user" });
  return { userId: id, role: "user" };
}

async function verify(id: string) {
  await database.db.update(user).set({ emailVerified: true }).where(eq(user.id, id));
}

async function newProgramme(name: string) {
  const programme = await createProgramme(deps, admin, { name, defaultLanguage: "en" });
  if (!programme.ok) throw new Error("programme");
  return programme.value;
}

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db
    .insert(user)
    .values({ id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" });
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

describe("the account page", () => {
  it("shows a librarian's applications only to an account that verified their address", async () => {
    const programme = await newProgramme("Account page");
    const round = await saveRound(deps, admin, {
      programmeId: programme.id,
      round: {
        name: "Round 1",
        theme: "",
        mode: "peer",
        ...roundDates(),
        rulesMarkdown: "",
        countryCapPercent: null,
        allowTriads: false,
        groupSize: null,
      },
      questions: [],
    });
    if (!round.ok) throw new Error(JSON.stringify(round.error));
    await changeRoundStatus(deps, admin, { roundId: round.value.id, status: "open" });
    const applied = await submitApplication(deps, {
      roundId: round.value.id,
      profile: {
        name: "Rosa Quispe",
        email: "rosa@biblioteca.example.pe",
        country: "PE",
        city: "Cusco",
        languages: [{ code: "es", level: "native" }],
        timeZone: "America/Lima",
        library: "Biblioteca Municipal",
        sector: "public",
        solo: false,
        jobTitle: "Bibliotecaria",
        careerStage: "mid",
        experienceYears: 8,
        interests: ["makerspaces"],
        otherInterests: "",
        goals: "Aprender",
        matchBy: "interests",
        partnerSector: "any",
        meetingFormats: ["online"],
        availability: ["tue-10"],
        role: "peer",
        mentorCapacity: null,
      },
      customAnswers: {},
      locale: "es",
      userId: null,
    });
    expect(applied.ok).toBe(true);

    // Someone else signs up with Rosa's address but cannot prove it: they see nothing.
    const impostor = await addUser("impostor", "rosa@biblioteca.example.pe", false);
    expect(await findMyAccount(deps, impostor, null)).toEqual({
      emailVerified: false,
      applications: [],
      partnerships: [],
    });
    // Nor is a new form filled in with her answers.
    expect(await findMyLastApplication(deps, impostor)).toBeUndefined();
    expect(await findMyLastApplication(deps, null)).toBeUndefined();

    // Once the account proves the address (it is Rosa after all), her application shows.
    await verify("impostor");
    expect(await findMyLastApplication(deps, impostor)).toMatchObject({
      roundName: "Round 1",
      city: "Cusco",
      library: "Biblioteca Municipal",
    });
    const mine = await findMyAccount(deps, impostor, null);
    expect(mine.emailVerified).toBe(true);
    expect(mine.applications).toEqual([
      expect.objectContaining({ roundName: "Round 1", programmeName: "Account page" }),
    ]);
  });
});

describe("a facilitator invitation", () => {
  it("does not make an unverified account with the invited address a facilitator", async () => {
    const programme = await newProgramme("Invited early");
    const early = await addUser("early-bird", "invitee-early@example.org", false);
    const invited = await inviteFacilitator(deps, admin, {
      programmeId: programme.id,
      email: "invitee-early@example.org",
    });
    expect(invited).toEqual({ ok: true, value: { granted: false } });
    expect(await findMyRoles(deps, early)).toEqual({
      facilitates: false,
      mayCreateProgrammes: false,
    });
    // Asking again before the address is proved changes nothing.
    expect(await acceptFacilitatorInvitations(deps, "early-bird")).toEqual({ granted: [] });
    expect((await findMyRoles(deps, early)).facilitates).toBe(false);
  });

  it("becomes the role when the account verifies, in one transaction with its audit entry", async () => {
    const programme = await newProgramme("Invited then verified");
    const later = await addUser("later", "invitee-later@example.org", false);
    await inviteFacilitator(deps, admin, {
      programmeId: programme.id,
      email: "invitee-later@example.org",
    });
    await verify("later");
    expect(await acceptFacilitatorInvitations(deps, "later")).toEqual({
      granted: [programme.id],
    });
    expect((await findMyRoles(deps, later)).facilitates).toBe(true);
    const audit = await database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "programme.facilitator_granted"));
    expect(audit).toEqual([
      expect.objectContaining({
        subjectId: programme.id,
        actorUserId: "admin-user",
        data: expect.objectContaining({ userId: "later" }) as unknown,
      }),
    ]);
    // Accepted once: a second verification event grants nothing more.
    expect(await acceptFacilitatorInvitations(deps, "later")).toEqual({ granted: [] });
  });

  it("grants the role at once to an account that has already proved the address", async () => {
    const programme = await newProgramme("Invited verified");
    const ready = await addUser("ready", "invitee-ready@example.org", true);
    expect(
      await inviteFacilitator(deps, admin, {
        programmeId: programme.id,
        email: "invitee-ready@example.org",
      }),
    ).toEqual({ ok: true, value: { granted: true } });
    expect((await findMyRoles(deps, ready)).facilitates).toBe(true);
  });
});
