import { z } from "zod";
import {
  DEFAULT_AUDIT_RETENTION_DAYS,
  MIN_AUDIT_RETENTION_DAYS,
} from "./domain/privacy/audit-retention.ts";
import {
  MAX_CLIENT_SECRET_LENGTH,
  MAX_SSO_NAME_LENGTH,
  defaultSsoName,
  issuerProblem,
  type SsoProviderSettings,
} from "./domain/sso/sso-provider.ts";

const DEV_SECRET = "shelfmates-development-secret-change-me-0123456789";

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  BASE_URL: z.url().optional(),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default("./data"),
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default("Shelfmates <no-reply@shelfmates.localhost>"),
  /**
   * Where people reach those running this Shelfmates (the help page). Unset: MAIL_FROM's
   * address when MAIL_FROM is set; with neither (a fresh start, the demo), the made-up
   * help@shelfmates.localhost beside the demo's other .localhost addresses.
   */
  CONTACT_EMAIL: z.email("CONTACT_EMAIL must be an email address").optional(),
  SHELFMATES_SECRET: z
    .string()
    .min(32, "SHELFMATES_SECRET must be at least 32 characters")
    .optional(),
  /** "1" loads the demo on start even on a PostgreSQL server (empty database only). */
  SHELFMATES_DEMO: z.enum(["0", "1"]).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  RATE_LIMIT: z.enum(["0", "1"]).default("1"),
  /**
   * How many proxies stand in front of the app (their X-Forwarded-For is believed, a
   * client's is not): 0 when clients connect directly, 1 behind one reverse proxy.
   */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** How many days the audit log keeps an entry (issue 16); at least 30. */
  AUDIT_RETENTION_DAYS: z.coerce
    .number()
    .int()
    .min(MIN_AUDIT_RETENTION_DAYS)
    .max(36500)
    .default(DEFAULT_AUDIT_RETENTION_DAYS),
  /** Test and demo servers: also run the scheduled jobs this often (their cron is minutes). */
  SCHEDULED_JOBS_EVERY_SECONDS: z.coerce.number().int().min(1).max(3600).optional(),
  /** Single sign-on (docs/sso.md): the association's OpenID Connect provider. */
  SSO_ISSUER: z.string().trim().optional(),
  SSO_CLIENT_ID: z.string().trim().max(255).optional(),
  SSO_CLIENT_SECRET: z.string().max(MAX_CLIENT_SECRET_LENGTH).optional(),
  SSO_NAME: z.string().trim().max(MAX_SSO_NAME_LENGTH).optional(),
});

export interface Config {
  env: "development" | "production" | "test";
  port: number;
  host: string;
  baseUrl: string;
  databaseUrl: string | undefined;
  dataDir: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** The operator's address people write to, shown on the help page of every page's footer. */
  contactEmail: string;
  secret: string;
  /** Embedded database: demo seeded on first start. Server: only when asked. */
  loadDemo: boolean;
  usingDevSecret: boolean;
  logLevel: string;
  rateLimit: boolean;
  trustProxy: number;
  scheduledJobsEverySeconds: number | undefined;
  auditRetentionDays: number;
  /** The single sign-on provider given by the environment; it wins over an administrator's. */
  sso: SsoProviderSettings | null;
}

/** SSO_* together or not at all; a problem is a line for the start-up error. */
function ssoFromEnvironment(e: z.infer<typeof envSchema>): SsoProviderSettings | string | null {
  const issuer = e.SSO_ISSUER || undefined;
  const clientId = e.SSO_CLIENT_ID || undefined;
  if (!issuer && !clientId && !e.SSO_CLIENT_SECRET && !e.SSO_NAME) return null;
  if (!issuer) return "SSO_ISSUER: required when any other SSO_ variable is set (the issuer URL)";
  const problem = issuerProblem(issuer);
  if (problem === "https")
    return "SSO_ISSUER: must be an https URL (plain http only for localhost)";
  if (problem)
    return "SSO_ISSUER: must be the provider's issuer URL, e.g. https://login.example.org";
  if (!clientId) return "SSO_CLIENT_ID: required when SSO_ISSUER is set";
  return {
    name: e.SSO_NAME || defaultSsoName(issuer),
    issuer,
    clientId,
    clientSecret: e.SSO_CLIENT_SECRET ?? "",
  };
}

/** The address in "Name <address>", or the whole value when it is a bare address. */
function addressOf(mailbox: string): string {
  return (/<([^<>]+)>\s*$/.exec(mailbox)?.[1] ?? mailbox).trim();
}

/** Reads the configuration from the environment; a bad value stops start-up with its name. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join(".")}: ${i.message}`)
      .join("\n");
    throw new Error(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  if (!e.SHELFMATES_SECRET && e.DATABASE_URL && e.NODE_ENV === "production" && !e.SHELFMATES_DEMO) {
    throw new Error(
      "Invalid configuration:\n  SHELFMATES_SECRET: required when DATABASE_URL is set (32+ random characters)",
    );
  }
  const sso = ssoFromEnvironment(e);
  if (typeof sso === "string") throw new Error(`Invalid configuration:\n  ${sso}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir: e.DATA_DIR,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    contactEmail:
      e.CONTACT_EMAIL || (env.MAIL_FROM ? addressOf(e.MAIL_FROM) : "help@shelfmates.localhost"),
    secret: e.SHELFMATES_SECRET ?? DEV_SECRET,
    loadDemo: e.SHELFMATES_DEMO ? e.SHELFMATES_DEMO === "1" : !e.DATABASE_URL,
    usingDevSecret: !e.SHELFMATES_SECRET,
    logLevel: e.LOG_LEVEL,
    rateLimit: e.RATE_LIMIT === "1",
    trustProxy: e.TRUST_PROXY,
    scheduledJobsEverySeconds: e.SCHEDULED_JOBS_EVERY_SECONDS,
    auditRetentionDays: e.AUDIT_RETENTION_DAYS,
    sso,
  };
}
