/**
 * A publisher of news or events (an approved network, or a programme) by slug or id: what
 * the news repository (and any feature publishing for networks and programmes) looks up.
 */
import { and, eq } from "drizzle-orm";
import type { Executor } from "../database.ts";
import { network, programme } from "../schema/index.ts";

export interface FoundPublisher {
  kind: "network" | "programme";
  id: string;
  slug: string;
  name: string;
}

export async function findPublisher(
  db: Executor,
  kind: FoundPublisher["kind"],
  by: { slug: string } | { id: string },
): Promise<FoundPublisher | undefined> {
  if (kind === "network") {
    const [row] = await db
      .select({ id: network.id, slug: network.slug, name: network.name })
      .from(network)
      .where(
        and(
          "slug" in by ? eq(network.slug, by.slug) : eq(network.id, by.id),
          eq(network.status, "approved"),
        ),
      );
    return row && { kind, ...row };
  }
  const [row] = await db
    .select({ id: programme.id, slug: programme.slug, name: programme.name })
    .from(programme)
    .where("slug" in by ? eq(programme.slug, by.slug) : eq(programme.id, by.id));
  return row && { kind, ...row };
}
