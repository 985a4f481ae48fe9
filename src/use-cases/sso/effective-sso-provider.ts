import type { SsoProviderSettings, SsoSource } from "../../domain/sso/sso-provider.ts";
import type { UseCaseDeps } from "../ports.ts";
import type { SsoDeps } from "./sso-ports.ts";

export interface EffectiveSsoProvider {
  settings: SsoProviderSettings;
  source: SsoSource;
}

/**
 * The provider people sign in with now: the environment's when it gives one (it wins), else
 * the administrator's when it is turned on and its secret opens under this server's key.
 */
export async function effectiveSsoProvider(
  deps: Pick<UseCaseDeps, "uow"> & SsoDeps,
): Promise<EffectiveSsoProvider | null> {
  if (!deps.sso) return null;
  if (deps.sso.fromEnvironment)
    return { settings: deps.sso.fromEnvironment, source: "environment" };
  const stored = await deps.uow.read.ssoProviders.find();
  if (!stored?.enabled) return null;
  const clientSecret = stored.clientSecretSealed
    ? deps.sso.secrets.open(stored.clientSecretSealed)
    : "";
  // Sealed under another SHELFMATES_SECRET: the administrator has to type it again.
  if (clientSecret === null) return null;
  const { name, issuer, clientId } = stored;
  return { settings: { name, issuer, clientId, clientSecret }, source: "administrator" };
}
