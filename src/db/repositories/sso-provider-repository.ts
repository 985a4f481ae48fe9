/** Single sign-on (issue 16): the association's provider, one row with a fixed id. */
import { eq } from "drizzle-orm";
import type { SsoProviderRepository } from "../../use-cases/sso/sso-ports.ts";
import type { Executor } from "../database.ts";
import { ssoProvider } from "../schema/index.ts";

const ROW_ID = "association";

export function createSsoProviderRepository(db: Executor): SsoProviderRepository {
  return {
    async find() {
      const [row] = await db.select().from(ssoProvider).where(eq(ssoProvider.id, ROW_ID));
      if (!row) return null;
      const { id: _id, ...provider } = row;
      return provider;
    },
    async save(provider) {
      await db
        .insert(ssoProvider)
        .values({ id: ROW_ID, ...provider })
        .onConflictDoUpdate({ target: ssoProvider.id, set: provider });
    },
  };
}
