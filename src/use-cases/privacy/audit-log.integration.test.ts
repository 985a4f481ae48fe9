import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../../db/test-database.ts";
import { auditLog, user } from "../../db/schema/index.ts";
import { searchTextOf } from "../../domain/search-text.ts";
import { systemIds } from "../../ids.ts";
import type { Actor } from "../result.ts";
import { listAuditLog } from "./list-audit-log.ts";
import { pruneAuditLog } from "./prune-audit-log.ts";

let database: TestDatabase;
const now = new Date("2027-06-15T12:00:00Z");
const day = 24 * 60 * 60 * 1000;
const admin: Actor = { userId: "ada", role: "admin" };
const fay: Actor = { userId: "fay", role: "user" };
const deps = () => ({ uow: database.uow, clock: { now: () => now }, ids: systemIds });
const page = { offset: 0, limit: 25 };

beforeAll(async () => {
  database = await openTestDatabase();
  await database.db.insert(user).values([
    { id: "ada", name: "Ada Admin", email: "ada@example.org", role: "admin" },
    {
      id: "fay",
      name: "Fay Núñez",
      email: "fay@example.org",
      role: "user",
      searchText: searchTextOf(["Fay Núñez"]),
    },
  ]);
  const entry = (n: number, daysAgo: number, actor: string | null, action: string) => ({
    id: `entry-${String(n).padStart(2, "0")}`,
    actorUserId: actor,
    action,
    subjectType: action.split(".")[0]!,
    subjectId: `subject-${n % 3}`,
    data: { n },
    createdAt: new Date(now.getTime() - daysAgo * day),
  });
  await database.db
    .insert(auditLog)
    .values([
      entry(1, 800, "fay", "round.status_changed"),
      entry(2, 740, "fay", "round.status_changed"),
      entry(3, 40, "ada", "programme.created"),
      entry(4, 10, "fay", "round.status_changed"),
      entry(5, 10, null, "round.finished"),
      entry(6, 1, "ada", "programme.facilitator_granted"),
    ]);
});
afterAll(async () => database.close());

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe("the audit log for administrators", () => {
  it("lists who did what, newest first, with what is past its time counted", async () => {
    const result = await listAuditLog(deps(), admin, { filter: {}, page, retentionDays: 730 });
    if (!result.ok) throw new Error(result.error.code);
    expect(ids(result.value.items)).toEqual([
      "entry-06",
      "entry-05",
      "entry-04",
      "entry-03",
      "entry-02",
      "entry-01",
    ]);
    expect(result.value.total).toBe(6);
    expect(result.value.items[1]!.actor).toBeNull();
    expect(result.value.items[2]!.actor).toEqual({
      id: "fay",
      name: "Fay Núñez",
      email: "fay@example.org",
    });
    expect(result.value.actions).toEqual([
      "programme.created",
      "programme.facilitator_granted",
      "round.finished",
      "round.status_changed",
    ]);
    expect(result.value.dueForRemoval).toBe(2);
  });

  it("narrows by person, action, record and days, the last day included", async () => {
    const list = async (filter: Record<string, string>) => {
      const result = await listAuditLog(deps(), admin, { filter, page, retentionDays: 730 });
      if (!result.ok) throw new Error(result.error.code);
      return ids(result.value.items);
    };
    expect(await list({ actor: "FAY@" })).toEqual(["entry-04", "entry-02", "entry-01"]);
    // A name under the one search rule: neither case nor accents matter.
    expect(await list({ actor: "fay nunez" })).toEqual(["entry-04", "entry-02", "entry-01"]);
    expect(await list({ actor: "ada", action: "programme.created" })).toEqual(["entry-03"]);
    expect(await list({ subjectType: "round", subjectId: "subject-1" })).toEqual([
      "entry-04",
      "entry-01",
    ]);
    expect(await list({ from: "2027-06-05", to: "2027-06-05" })).toEqual(["entry-05", "entry-04"]);
    expect(await list({ actor: "50%_" })).toEqual([]);
  });

  it("pages through the log without losing or repeating an entry", async () => {
    const seen: string[] = [];
    for (let offset = 0; offset < 6; offset += 4) {
      const result = await listAuditLog(deps(), admin, {
        filter: {},
        page: { offset, limit: 4 },
        retentionDays: 730,
      });
      if (!result.ok) throw new Error(result.error.code);
      seen.push(...ids(result.value.items));
    }
    expect(new Set(seen).size).toBe(6);
  });

  it("names a day that does not exist and lists nothing for it", async () => {
    const result = await listAuditLog(deps(), admin, {
      filter: { from: "2027-02-30" },
      page,
      retentionDays: 730,
    });
    expect(result).toMatchObject({
      ok: true,
      value: { items: [], total: 0, fieldErrors: { from: { key: "privacy:audit.errors.day" } } },
    });
  });

  it("is not there for anyone but an administrator", async () => {
    for (const actor of [fay, null]) {
      expect(await listAuditLog(deps(), actor, { filter: {}, page, retentionDays: 730 })).toEqual({
        ok: false,
        error: { code: "not_found" },
      });
    }
  });

  it("prunes what is past the retention period, once, and writes that it did", async () => {
    expect(await pruneAuditLog(deps(), 730)).toBe(2);
    expect(await pruneAuditLog(deps(), 730)).toBe(0);
    const result = await listAuditLog(deps(), admin, { filter: {}, page, retentionDays: 730 });
    if (!result.ok) throw new Error(result.error.code);
    expect(ids(result.value.items)).not.toContain("entry-01");
    expect(ids(result.value.items)).not.toContain("entry-02");
    expect(result.value.dueForRemoval).toBe(0);
    const pruned = result.value.items.filter((i) => i.action === "audit_log.pruned");
    expect(pruned).toHaveLength(1);
    expect(pruned[0]!.data).toMatchObject({ removed: 2, retentionDays: 730 });
  });
});
