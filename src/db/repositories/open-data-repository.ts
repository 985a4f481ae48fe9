/** Open data (issue 15): the approved networks with what their public pages show, nothing about people. */
import { asc, eq } from "drizzle-orm";
import type { OpenDataRepository } from "../../use-cases/guides/guide-ports.ts";
import type { Executor } from "../database.ts";
import { network } from "../schema/index.ts";

export function createOpenDataRepository(db: Executor): OpenDataRepository {
  return {
    async listOpenNetworks() {
      return db
        .select({
          slug: network.slug,
          name: network.name,
          kind: network.kind,
          description: network.description,
          country: network.country,
          region: network.region,
          city: network.city,
          online: network.online,
          sectors: network.sectors,
          languages: network.languages,
          websiteUrl: network.websiteUrl,
          mailingListUrl: network.mailingListUrl,
          blogUrl: network.blogUrl,
          memberCount: network.memberCount,
        })
        .from(network)
        .where(eq(network.status, "approved"))
        .orderBy(asc(network.name), asc(network.id));
    },
  };
}
