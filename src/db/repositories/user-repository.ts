import { eq } from "drizzle-orm";
import type { UserRepository } from "../../use-cases/accounts/account-ports.ts";
import type { Executor } from "../database.ts";
import { user } from "../schema/index.ts";

export function createUserRepository(db: Executor): UserRepository {
  const toRecord = (row: typeof user.$inferSelect) => ({
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role === "admin" ? ("admin" as const) : ("user" as const),
    locale: row.locale,
    emailVerified: row.emailVerified,
  });
  return {
    async findById(id) {
      const [row] = await db.select().from(user).where(eq(user.id, id));
      return row && toRecord(row);
    },
    async findByEmail(email) {
      const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));
      return row && toRecord(row);
    },
    async setLocale(id, locale) {
      await db.update(user).set({ locale }).where(eq(user.id, id));
    },
    async setRole(id, role) {
      await db.update(user).set({ role }).where(eq(user.id, id));
    },
  };
}
