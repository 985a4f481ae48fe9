import type { UseCaseDeps } from "../ports.ts";
import { fail, ok, type Actor, type Result } from "../result.ts";
import type { SsoDeps } from "./sso-ports.ts";

/** The administrators' page: both configurations, and never a secret. */
export interface SsoSettingsView {
  /** Given by the environment (SSO_ISSUER…): it wins over the stored one. */
  environment: { name: string; issuer: string; clientId: string } | null;
  stored: {
    name: string;
    issuer: string;
    clientId: string;
    hasSecret: boolean;
    enabled: boolean;
    updatedAt: Date;
  } | null;
}

export async function getSsoSettings(
  deps: Pick<UseCaseDeps, "uow"> & SsoDeps,
  actor: Actor | null,
): Promise<Result<SsoSettingsView>> {
  if (actor?.role !== "admin" || !deps.sso) return fail({ code: "not_found" });
  const fromEnvironment = deps.sso.fromEnvironment;
  const stored = await deps.uow.read.ssoProviders.find();
  return ok({
    environment: fromEnvironment
      ? {
          name: fromEnvironment.name,
          issuer: fromEnvironment.issuer,
          clientId: fromEnvironment.clientId,
        }
      : null,
    stored: stored
      ? {
          name: stored.name,
          issuer: stored.issuer,
          clientId: stored.clientId,
          hasSecret: stored.clientSecretSealed !== "",
          enabled: stored.enabled,
          updatedAt: stored.updatedAt,
        }
      : null,
  });
}
