import type { SsoProviderSettings } from "../../domain/sso/sso-provider.ts";
import type { UseCaseDeps } from "../ports.ts";
import { effectiveSsoProvider } from "./effective-sso-provider.ts";
import type { SsoDeps } from "./sso-ports.ts";

/**
 * The auth configuration, when a sign-in with the provider starts or comes back: the provider
 * with its client secret, or null when single sign-on is off. Nothing else reads the secret.
 */
export async function findSsoProviderForAuth(
  deps: Pick<UseCaseDeps, "uow"> & SsoDeps,
): Promise<SsoProviderSettings | null> {
  return (await effectiveSsoProvider(deps))?.settings ?? null;
}
