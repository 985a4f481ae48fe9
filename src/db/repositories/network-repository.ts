/** Networks (issue 14): the directory, members, organisers, campaigns and petitions. */
import { and, eq } from "drizzle-orm";
import type { NetworkRepository } from "../../use-cases/networks/network-ports.ts";
import type { Executor } from "../database.ts";
import { network, networkOrganiser } from "../schema/index.ts";

export function createNetworkRepository(db: Executor): NetworkRepository {
  return {
    async isOrganiser(networkId, userId) {
      const rows = await db
        .select({ userId: networkOrganiser.userId })
        .from(networkOrganiser)
        .innerJoin(network, eq(network.id, networkOrganiser.networkId))
        .where(
          and(
            eq(networkOrganiser.networkId, networkId),
            eq(networkOrganiser.userId, userId),
            eq(network.status, "approved"),
          ),
        )
        .limit(1);
      return rows.length > 0;
    },
  };
}
