/** What the single sign-on use cases are given (issue 16; decision 0022). */
import type { SsoProviderSettings } from "../../domain/sso/sso-provider.ts";

/** The provider an administrator set, as stored: the secret sealed. */
export interface StoredSsoProvider {
  name: string;
  issuer: string;
  clientId: string;
  /** Sealed by the SecretBox; "" for a public client. */
  clientSecretSealed: string;
  enabled: boolean;
  updatedAt: Date;
  updatedBy: string | null;
}

export interface SsoProviderRepository {
  /** The association's provider, or null when no administrator has set one. */
  find(): Promise<StoredSsoProvider | null>;
  save(provider: StoredSsoProvider): Promise<void>;
}

/** Seals a secret for storage and opens it again (authenticated encryption). */
export interface SecretBox {
  seal(plain: string): string;
  /** null when the sealed text was tampered with or sealed under another key. */
  open(sealed: string): string | null;
}

/** What fetching a discovery document gave. */
export type DiscoveryAnswer =
  | { answered: true; status: number; body: unknown }
  | { answered: false; reason: "unreachable" | "timeout" | "too_large" };

/** The ports only single sign-on needs, beside the usual ones. */
export interface SsoPorts {
  /** SSO_ISSUER… from the environment; it wins over the administrator's provider. */
  fromEnvironment: SsoProviderSettings | null;
  secrets: SecretBox;
  /** GETs a discovery document (a few seconds at most, a bounded body). */
  fetchDiscovery(url: string): Promise<DiscoveryAnswer>;
}

/** The deps of the SSO use cases: without `sso` (tests, the demo) single sign-on is off. */
export interface SsoDeps {
  sso?: SsoPorts;
}
