import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { createLinkSigner } from "../../link-signer.ts";
import { systemIds } from "../../ids.ts";
import { renderEmail } from "../../mail/render-email.ts";
import { enqueueEmail } from "./enqueue-email.ts";
import { listDevMailbox } from "./list-dev-mailbox.ts";

let database: TestDatabase;
const now = new Date("2027-01-01T10:00:00Z");

beforeAll(async () => {
  database = await openTestDatabase();
  const recipients = [
    { to: "aiko.tanaka@example.org", toName: "" },
    { to: "rosa@biblioteca.example.pe", toName: "Rosa Núñez" },
    { to: "x_y@example.org", toName: "Bjørn Ødegård" },
  ];
  for (const { to, toName } of recipients)
    await database.uow.transaction((repositories) =>
      enqueueEmail(
        repositories,
        {
          ids: systemIds,
          renderEmail,
          now,
          links: createLinkSigner("test-secret-0123456789-abcdefghij"),
          baseUrl: "http://test.localhost",
        },
        {
          to,
          toName,
          locale: "en",
          dedupeKey: `dev-mailbox:${to}`,
          message: { kind: "magic-link", url: "http://test.localhost/x" },
        },
      ),
    );
});
afterAll(async () => database.close());

describe("the development mailbox", () => {
  const admin = { userId: "admin", role: "admin" as const };
  const page = { offset: 0, limit: 10 };

  it("finds emails by any part of the recipient's address, in any case", async () => {
    const found = await listDevMailbox({ uow: database.uow }, admin, {
      ...page,
      toAddress: "AIKO",
    });
    expect(found?.items.map((e) => e.toAddress)).toEqual(["aiko.tanaka@example.org"]);
    const peru = await listDevMailbox({ uow: database.uow }, admin, { ...page, toAddress: ".pe" });
    expect(peru?.total).toBe(1);
  });

  it("finds emails by part of the recipient's name, whatever the accents", async () => {
    const rosa = await listDevMailbox({ uow: database.uow }, admin, {
      ...page,
      toAddress: "nunez",
    });
    expect(rosa?.items.map((e) => e.toAddress)).toEqual(["rosa@biblioteca.example.pe"]);
    const bjorn = await listDevMailbox({ uow: database.uow }, admin, {
      ...page,
      toAddress: "BJORN ODEGARD",
    });
    expect(bjorn?.items.map((e) => e.toAddress)).toEqual(["x_y@example.org"]);
  });

  it("reads % and _ in a search as themselves", async () => {
    const all = await listDevMailbox({ uow: database.uow }, admin, { ...page, toAddress: "%" });
    expect(all?.total).toBe(0);
    const underscore = await listDevMailbox({ uow: database.uow }, admin, {
      ...page,
      toAddress: "_",
    });
    expect(underscore?.items.map((e) => e.toAddress)).toEqual(["x_y@example.org"]);
  });

  it("shows nothing to anyone but an administrator", async () => {
    const user = { userId: "someone", role: "user" as const };
    expect(await listDevMailbox({ uow: database.uow }, user, page)).toBeUndefined();
    expect(await listDevMailbox({ uow: database.uow }, null, page)).toBeUndefined();
  });
});
