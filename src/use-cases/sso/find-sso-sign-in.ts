import type { UseCaseDeps } from "../ports.ts";
import { effectiveSsoProvider } from "./effective-sso-provider.ts";
import type { SsoDeps } from "./sso-ports.ts";

/** The sign-in page: the name on its "Sign in with …" button, or null when SSO is off. */
export async function findSsoSignIn(
  deps: Pick<UseCaseDeps, "uow"> & SsoDeps,
): Promise<{ name: string } | null> {
  const provider = await effectiveSsoProvider(deps);
  return provider ? { name: provider.settings.name } : null;
}
