/** Open data (issue 15): the approved networks with what their public pages show, nothing about people. */
import { and, asc, eq } from "drizzle-orm";
import type { OpenDataRepository } from "../../use-cases/guides/guide-ports.ts";
import type { Executor } from "../database.ts";
import { network, programme } from "../schema/index.ts";

const openProgramme = {
  id: programme.id,
  slug: programme.slug,
  name: programme.name,
  defaultLanguage: programme.defaultLanguage,
};

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
    async listOpenTopicLibraries() {
      return db
        .select(openProgramme)
        .from(programme)
        .where(eq(programme.topicsOpenData, true))
        .orderBy(asc(programme.name), asc(programme.id));
    },
    async findOpenTopicLibrary(programmeSlug) {
      const [row] = await db
        .select(openProgramme)
        .from(programme)
        .where(and(eq(programme.slug, programmeSlug), eq(programme.topicsOpenData, true)));
      return row;
    },
    async isTopicLibraryOpen(programmeId) {
      const [row] = await db
        .select({ open: programme.topicsOpenData })
        .from(programme)
        .where(eq(programme.id, programmeId));
      return row?.open ?? false;
    },
    async setTopicLibraryOpen(programmeId, open) {
      await db.update(programme).set({ topicsOpenData: open }).where(eq(programme.id, programmeId));
    },
  };
}
