/**
 * Paged lists a person walks through (the member directory, the administrators' people list,
 * the programme list): walked a page at a time, every page says the same total, and the
 * pages together are the whole list once, in order, nothing twice and nothing missed, even
 * where names are alike.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchTextOf } from "../domain/search-text.ts";
import type { Page } from "../use-cases/page.ts";
import { memberProfile, programme, user } from "./schema/index.ts";
import { openTestDatabase, type TestDatabase } from "./test-database.ts";

let database: TestDatabase;
const NOW = new Date("2027-03-01T10:00:00Z");
// Few distinct names for many rows: the order must settle ties, or a page boundary moves.
const NAMES = ["Ana Silva", "Ana Silva", "Bo Chen", "Chiara Rossi", "Chiara Rossi", "Dev Rao"];
const PEOPLE = 23;

beforeAll(async () => {
  database = await openTestDatabase();
  const people = Array.from({ length: PEOPLE }, (_, i) => ({
    id: `person-${String(i).padStart(2, "0")}`,
    name: NAMES[i % NAMES.length]!,
    email: `p${(i * 7) % PEOPLE}@example.org`,
    emailVerified: true,
    searchText: searchTextOf([NAMES[i % NAMES.length]!]),
  }));
  await database.db.insert(user).values(people);
  await database.db.insert(memberProfile).values(
    people.map((p, i) => ({
      userId: p.id,
      visibility: ["members", "public", "hidden"][i % 3]!,
      country: ["PE", "FR", ""][i % 2]!,
      openToMentoring: i % 4 === 0,
      searchText: searchTextOf([p.name]),
    })),
  );
  await database.db.insert(programme).values(
    Array.from({ length: 17 }, (_, i) => ({
      id: `programme-${String(i).padStart(2, "0")}`,
      slug: `programme-${i}`,
      name: ["Mentoring", "Peer exchange", "Mentoring", "Leaders"][i % 4]!,
    })),
  );
});
afterAll(() => database.close());

/** Every page of `size`, from the first to one past the end. */
async function walk<T>(
  size: number,
  read: (page: { offset: number; limit: number }) => Promise<Page<T>>,
): Promise<{ items: T[]; totals: number[] }> {
  const items: T[] = [];
  const totals: number[] = [];
  for (let offset = 0; ; offset += size) {
    const page = await read({ offset, limit: size });
    totals.push(page.total);
    items.push(...page.items);
    if (page.items.length < size) return { items, totals };
  }
}

async function expectWalksAgree<T>(
  read: (page: { offset: number; limit: number }) => Promise<Page<T>>,
  key: (item: T) => string,
) {
  const whole = await read({ offset: 0, limit: 1000 });
  expect(whole.items).toHaveLength(whole.total);
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 7 }), async (size) => {
      const walked = await walk(size, read);
      expect(walked.totals.every((total) => total === whole.total)).toBe(true);
      expect(walked.items.map(key)).toEqual(whole.items.map(key));
    }),
    { numRuns: 7 },
  );
}

describe("walking a paged list a page at a time", () => {
  it("the member directory, with and without filters", async () => {
    const profiles = database.uow.read.profiles;
    for (const filters of [{}, { country: "PE" }, { search: "ana" }, { openToMentoring: true }])
      await expectWalksAgree(
        (page) => profiles.searchProfiles(filters, ["members", "public"], page),
        (m) => m.userId,
      );
  });

  it("the administrators' people list, searched or not", async () => {
    for (const search of ["", "chiara", "example.org", "p1"])
      await expectWalksAgree(
        (page) => database.uow.read.privacy.listPeople(search, page, NOW),
        (p) => p.id,
      );
  });

  it("the programme list", async () => {
    await expectWalksAgree(
      (page) => database.uow.read.programmes.list(page),
      (p) => p.id,
    );
  });
});
