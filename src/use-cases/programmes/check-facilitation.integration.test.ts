import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { user } from "../../db/schema/index.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import { createLinkSigner } from "../../link-signer.ts";
import { createClosedRound } from "../testing/matching-fixtures.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { Actor } from "../result.ts";
import { checkFacilitation } from "./check-facilitation.ts";

let database: TestDatabase;
let deps: UseCaseDeps;
const admin: Actor = { userId: "admin-user", role: "admin" };
const fay: Actor = { userId: "fay", role: "user" };
/** Facilitates another programme only. */
const otto: Actor = { userId: "otto", role: "user" };
let round: { id: string; programmeId: string };
let ottosRound: { id: string; programmeId: string };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "admin-user", name: "Ada", email: "ada@example.org", role: "admin" },
    { id: "fay", name: "Fay", email: "fay@example.org", role: "user" },
    { id: "otto", name: "Otto", email: "otto@example.org", role: "user" },
  ]);
  deps = {
    uow: database.uow,
    clock: { now: () => new Date("2027-01-15T12:00:00Z") },
    ids: systemIds,
    renderEmail,
    links: createLinkSigner("test-secret-0123456789-abcdefghij"),
    baseUrl: "http://test.localhost",
  };
  round = await createClosedRound(deps, admin);
  ottosRound = await createClosedRound(deps, admin);
  await database.uow.transaction(async (r) => {
    await r.programmes.addFacilitator(round.programmeId, fay.userId, admin.userId);
    await r.programmes.addFacilitator(ottosRound.programmeId, otto.userId, admin.userId);
  });
});
afterAll(async () => database.close());

describe("the facilitator pages' guard", () => {
  it("lets a programme's facilitator and an administrator in, by round and by programme", async () => {
    for (const actor of [fay, admin]) {
      expect(await checkFacilitation(deps, actor, { roundId: round.id })).toEqual({
        ok: true,
        value: { programmeId: round.programmeId },
      });
      expect(
        await checkFacilitation(deps, actor, { programmeId: round.programmeId }),
      ).toMatchObject({ ok: true });
    }
  });

  it("answers not found to a facilitator of another programme, to nobody, and for what does not exist, alike", async () => {
    const notFound = { ok: false, error: { code: "not_found" } };
    expect(await checkFacilitation(deps, otto, { roundId: round.id })).toEqual(notFound);
    expect(await checkFacilitation(deps, otto, { programmeId: round.programmeId })).toEqual(
      notFound,
    );
    expect(await checkFacilitation(deps, null, { roundId: round.id })).toEqual(notFound);
    expect(await checkFacilitation(deps, admin, { roundId: systemIds.newId() })).toEqual(notFound);
    expect(await checkFacilitation(deps, admin, { programmeId: "not-an-id" })).toEqual(notFound);
  });
});
