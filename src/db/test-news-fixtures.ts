/**
 * Test fixtures for news: people and approved networks written straight into a test
 * database (the networks feature's own use cases are not needed to post news for one).
 */
import { network, networkOrganiser, user } from "./schema/index.ts";
import type { TestDatabase } from "./test-database.ts";
import type { Actor } from "../use-cases/result.ts";

export async function addPerson(
  database: TestDatabase,
  id: string,
  options: { verified?: boolean; role?: "admin" | "user"; locale?: string } = {},
): Promise<Actor> {
  const role = options.role ?? "user";
  await database.db.insert(user).values({
    id,
    name: `Person ${id}`,
    email: `${id}@example.org`,
    emailVerified: options.verified ?? true,
    role,
    locale: options.locale ?? null,
  });
  return { userId: id, role };
}

/** An approved network (or a proposed one) with these organisers. */
export async function addNetwork(
  database: TestDatabase,
  slug: string,
  organiserIds: string[],
  status: "approved" | "proposed" = "approved",
): Promise<string> {
  const id = `network-${slug}`;
  await database.db.insert(network).values({
    id,
    slug,
    name: `Network ${slug}`,
    kind: "national",
    status,
    proposedBy: organiserIds[0] ?? null,
  });
  if (organiserIds.length)
    await database.db
      .insert(networkOrganiser)
      .values(organiserIds.map((userId) => ({ networkId: id, userId })));
  return id;
}
