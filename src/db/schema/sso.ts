/**
 * Single sign-on (issue 16): the association's OpenID Connect provider as an administrator
 * set it. One row at most (its id is always "association"); a provider given by the
 * environment (SSO_ISSUER…) wins over it and is never stored. The client secret is kept
 * sealed (AES-256-GCM under a key derived from SHELFMATES_SECRET) and never shown back.
 */
import { boolean, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";

export const ssoProvider = pgTable("sso_provider", {
  id: text("id").primaryKey(),
  /** The name on the sign-in button: "Sign in with <name>". */
  name: text("name").notNull(),
  /** The issuer URL; its discovery document is <issuer>/.well-known/openid-configuration. */
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  /** The client secret, sealed; "" for a public client (PKCE only). */
  clientSecretSealed: text("client_secret_sealed").notNull().default(""),
  enabled: boolean("enabled").notNull().default(false),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull(),
  updatedBy: text("updated_by").references(() => user.id, { onDelete: "set null" }),
});
