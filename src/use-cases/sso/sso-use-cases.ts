/** The door's part for this feature (see ../use-cases.ts): single sign-on (issue 16). */
import type { Bind } from "../use-cases.ts";
import { checkSsoDiscovery } from "./check-sso-discovery.ts";
import { findSsoProviderForAuth } from "./find-sso-provider-for-auth.ts";
import { findSsoSignIn } from "./find-sso-sign-in.ts";
import { getSsoSettings } from "./get-sso-settings.ts";
import { saveSsoSettings } from "./save-sso-settings.ts";

export const ssoUseCases = (bind: Bind) => ({
  // the sign-in page's button
  findSsoSignIn: bind(findSsoSignIn),
  // the auth configuration, when a sign-in with the provider starts or comes back
  findSsoProviderForAuth: bind(findSsoProviderForAuth),
  // administrators (/admin/sso)
  getSsoSettings: bind(getSsoSettings),
  saveSsoSettings: bind(saveSsoSettings),
  checkSsoDiscovery: bind(checkSsoDiscovery),
});
