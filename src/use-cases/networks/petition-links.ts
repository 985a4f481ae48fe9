/**
 * A petition signature is confirmed from an emailed link that works without an account: it
 * names the signature, signed (LinkSigner), and expires after SIGNATURE_LINK_DAYS.
 */
import type { UseCaseDeps } from "../ports.ts";

const PURPOSE = "petition-signature";
export const SIGNATURE_LINK_DAYS = 30;

export function signatureConfirmUrl(
  deps: Pick<UseCaseDeps, "links" | "baseUrl">,
  signatureId: string,
  now: Date,
): string {
  const token = deps.links.sign({
    purpose: PURPOSE,
    subject: signatureId,
    expiresAt: new Date(now.getTime() + SIGNATURE_LINK_DAYS * 86_400_000),
  });
  return `${deps.baseUrl}/petitions/confirm/${token}`;
}

/** The signature a link names; `invalid` when it was changed, else `expired`. */
export function readSignatureToken(
  deps: Pick<UseCaseDeps, "links" | "clock">,
  token: string,
): { signatureId: string } | { error: "invalid" | "expired" } {
  const claims = deps.links.verify(token, PURPOSE, deps.clock.now());
  if ("error" in claims) return claims;
  return { signatureId: claims.subject };
}
